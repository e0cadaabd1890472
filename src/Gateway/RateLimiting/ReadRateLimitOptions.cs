namespace Segmentation.Gateway.RateLimiting;

/// <summary>Configuration section "RateLimiting:Reads": per user, a token bucket and a cap on reads in
/// flight. The bucket is generous (a dashboard opening fires a dozen reads; a script may page through
/// everything); the cap is what protects the database: one user's burst of heavy reads (workload,
/// forecasts) waits in a short queue instead of taking every connection, and beyond it is a 429.</summary>
public sealed class ReadRateLimitOptions
{
    public const string Section = "RateLimiting:Reads";

    public int PermitsPerMinute { get; set; } = 1200;

    public int Burst { get; set; } = 300;

    /// <summary>Reads of one user being answered at once.</summary>
    public int ConcurrentRequests { get; set; } = 8;

    /// <summary>Reads of one user waiting for one of those places, oldest first.</summary>
    public int QueueLimit { get; set; } = 64;

    /// <summary>Live streams (GET /api/live) one user may hold open on one gateway: one per open page.</summary>
    public int OpenStreams { get; set; } = 16;
}
