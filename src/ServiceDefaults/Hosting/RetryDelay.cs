namespace Segmentation.ServiceDefaults.Hosting;

/// <summary>A listener's wait after a failed upstream: 1 s, doubling to 30 s, back to 1 s once connected.</summary>
public sealed class RetryDelay
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    public TimeSpan Next { get; private set; } = First;

    public void Reset() => Next = First;

    /// <summary>Waits the current delay and doubles it; false when the service is stopping.</summary>
    public async Task<bool> WaitAsync(CancellationToken ct)
    {
        try { await Task.Delay(Next, ct); }
        catch (OperationCanceledException) { return false; }
        Next = TimeSpan.FromTicks(Math.Min(Next.Ticks * 2, Max.Ticks));
        return true;
    }
}
