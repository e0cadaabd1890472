using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>The "writes" policy: one token bucket per user, no queue, shared by every gateway replica
/// (with the database store, <see cref="RateLimitStore"/>).</summary>
public static class WriteRateLimiting
{
    public const string Policy = "writes";

    public static RateLimiterOptions AddWritePolicy(this RateLimiterOptions limiter)
    {
        limiter.AddPolicy(Policy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<WriteRateLimitOptions>>().Value;
            var buckets = context.RequestServices.GetRequiredService<ITokenBuckets>();
            var user = UserPartition.KeyOf(context);
            return RateLimitPartition.Get(user, _ =>
                new UserBucketLimiter(buckets, Policy + ":" + user, BucketSize.Of(options.PermitsPerMinute, options.Burst)));
        });
        return limiter;
    }
}
