using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>The "writes" policy: one token bucket per user, no queue.</summary>
public static class WriteRateLimiting
{
    public const string Policy = "writes";

    public static RateLimiterOptions AddWritePolicy(this RateLimiterOptions limiter)
    {
        limiter.AddPolicy(Policy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<WriteRateLimitOptions>>().Value;
            return RateLimitPartition.GetTokenBucketLimiter(UserPartition.KeyOf(context), _ => TokenBuckets.Of(options.PermitsPerMinute, options.Burst));
        });
        return limiter;
    }
}
