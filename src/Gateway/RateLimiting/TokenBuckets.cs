using System.Threading.RateLimiting;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>A per-minute rate and a burst as a token bucket that refills in small steps (every second when
/// the rate allows), so a client is never told to wait a whole minute after a burst.</summary>
public static class TokenBuckets
{
    public static TokenBucketRateLimiterOptions Of(int permitsPerMinute, int burst)
    {
        var perMinute = Math.Max(1, permitsPerMinute);
        var period = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Ceiling(60.0 / perMinute));
        var perPeriod = Math.Max(1, (int)Math.Round(perMinute * period.TotalSeconds / 60.0, MidpointRounding.AwayFromZero));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
