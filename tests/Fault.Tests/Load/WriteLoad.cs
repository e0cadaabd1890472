using System.Collections.Concurrent;
using System.Diagnostics;

namespace Segmentation.Faults.Load;

/// <summary>A steady write load: <c>concurrency</c> callers each schedule the next unique spec as soon
/// as their previous request ends, until <c>maxRequests</c> were sent, <c>maxDuration</c> passed, or
/// <see cref="Stop"/>. Every outcome is kept.</summary>
public sealed class WriteLoad(Gateway gateway, Func<int, ScheduleSpec> specs, int concurrency, int maxRequests, TimeSpan maxDuration)
{
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromMilliseconds(50);
    private readonly CancellationTokenSource _stop = new();
    private int _next = -1;

    public Stopwatch Clock { get; } = new();

    public ConcurrentQueue<WriteOutcome> Outcomes { get; } = new();

    public int Acknowledged => Outcomes.Count(o => o.Acknowledged);

    public Task RunAsync()
    {
        Clock.Start();
        _stop.CancelAfter(maxDuration);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(CallerAsync)));
    }

    public void Stop() => _stop.Cancel();

    private async Task CallerAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var index = Interlocked.Increment(ref _next);
            if (index >= maxRequests) return;
            var outcome = await gateway.ScheduleAsync(specs(index), Clock);
            Outcomes.Enqueue(outcome);
            // A caller that was refused waits a little before its next write, as a real client would.
            if (!outcome.Acknowledged) await Task.Delay(FailureBackoff);
        }
    }

    /// <summary>Waits (bounded) until <paramref name="predicate"/> holds.</summary>
    public static async Task WaitUntilAsync(Func<bool> predicate, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!predicate())
        {
            if (watch.Elapsed > timeout) throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
