namespace Segmentation.Gateway.RateLimiting;

/// <summary>A token bucket's shape: at most <see cref="Burst"/> tokens, refilled continuously at
/// <see cref="PerSecond"/> (a per-minute rate spread evenly, so nobody waits a whole minute after a burst).</summary>
public sealed record BucketSize(int Burst, double PerSecond)
{
    public static BucketSize Of(int permitsPerMinute, int burst) => new(Math.Max(1, burst), Math.Max(1, permitsPerMinute) / 60.0);
}
