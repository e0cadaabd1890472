using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>The "reads" policy: every /api route that is not a write (<see cref="WriteRateLimiting"/>),
/// per user: the token bucket (shared by every gateway replica) first, then the cap on reads in flight
/// (per replica: it protects this process and its share of the database).</summary>
public static class ReadRateLimiting
{
    public const string Policy = "reads";

    public static RateLimiterOptions AddReadPolicy(this RateLimiterOptions limiter)
    {
        limiter.AddPolicy(Policy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<ReadRateLimitOptions>>().Value;
            var buckets = context.RequestServices.GetRequiredService<ITokenBuckets>();
            var user = UserPartition.KeyOf(context);
            return RateLimitPartition.Get(user, _ => RateLimiter.CreateChained(
                new UserBucketLimiter(buckets, Policy + ":" + user, BucketSize.Of(options.PermitsPerMinute, options.Burst)),
                new ConcurrencyLimiter(new ConcurrencyLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.ConcurrentRequests),
                    QueueLimit = Math.Max(0, options.QueueLimit),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })));
        });
        return limiter;
    }
}
