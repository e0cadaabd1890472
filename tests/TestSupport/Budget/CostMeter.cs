using System.Collections.Concurrent;
using System.Diagnostics;
using Segmentation.TestSupport.InMemory;

namespace Segmentation.TestSupport.Budget;

/// <summary>Counts what requests cost. Each measured request runs in its own trace (a root activity the test
/// starts; the trace travels to every host as traceparent), so the gRPC calls and the Npgsql command
/// activities of that trace are its cost, and background work (change feeds, pollers) or other tests are not.</summary>
public sealed class CostMeter : IDisposable
{
    private static readonly ActivitySource Source = new("Segmentation.Tests.Budget");

    private readonly UpstreamCallLog _calls;
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> _sql = new();

    public CostMeter(UpstreamCallLog calls)
    {
        _calls = calls;
        // Read before the listener exists: initialising the source inside ShouldListenTo would make it miss itself.
        var source = Source;
        _listener = new ActivityListener
        {
            // Listening to the hosting source too makes every host create its request activity (and so join the trace).
            ShouldListenTo = s => s.Name is "Npgsql" or "Microsoft.AspNetCore" || s == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                // Commands and batches only: opening a physical connection (traced as "CONNECT …") is the pool
                // growing, not a cost of the request in a warm system.
                if (a.Source.Name == "Npgsql" && QueryText(a) is { } text && _sql.TryGetValue(a.TraceId, out var list)) list.Enqueue(Describe(text));
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Runs <paramref name="request"/> in a new trace and returns what it cost.</summary>
    public async Task<(T Result, RequestCost Cost)> MeasureAsync<T>(Func<Task<T>> request)
    {
        using var root = Source.StartActivity("measured request", ActivityKind.Client, parentContext: default)
            ?? throw new InvalidOperationException("The budget activity source has no listener.");
        var sql = _sql.GetOrAdd(root.TraceId, _ => new ConcurrentQueue<string>());
        var result = await request();
        // Activities stop as commands complete; the response is only sent after the last one.
        var cost = new RequestCost(_calls.InTrace(root.TraceId), [.. sql]);
        _sql.TryRemove(root.TraceId, out _);
        return (result, cost);
    }

    private static string? QueryText(Activity a) => (a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement"))?.ToString();

    private static string Describe(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    public void Dispose() => _listener.Dispose();
}
