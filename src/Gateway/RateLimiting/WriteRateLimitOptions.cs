namespace Segmentation.Gateway.RateLimiting;

/// <summary>Configuration section "RateLimiting:Writes": a token bucket per user, no queue. The defaults let one
/// person do bulk work (600 writes a minute, bursts of 100) while stopping a runaway script.</summary>
public sealed class WriteRateLimitOptions
{
    public const string Section = "RateLimiting:Writes";

    public int PermitsPerMinute { get; set; } = 600;

    public int Burst { get; set; } = 100;
}
