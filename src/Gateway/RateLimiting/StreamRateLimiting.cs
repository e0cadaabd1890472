using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>The "streams" policy (GET /api/live): opening a stream spends a token of the user's shared read bucket,
/// but an open stream does not hold one of the places of reads in flight: a stream lasts as long as the page, so
/// eight open tabs would otherwise queue every later read of that user behind them for good. Open streams have their
/// own cap per user and gateway, refused at once (429) beyond it.</summary>
public static class StreamRateLimiting
{
    public const string Policy = "streams";

    public static RateLimiterOptions AddStreamPolicy(this RateLimiterOptions limiter)
    {
        limiter.AddPolicy(Policy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<ReadRateLimitOptions>>().Value;
            var buckets = context.RequestServices.GetRequiredService<ITokenBuckets>();
            var user = UserPartition.KeyOf(context);
            return RateLimitPartition.Get(Policy + ":" + user, _ => RateLimiter.CreateChained(
                new UserBucketLimiter(buckets, ReadRateLimiting.Policy + ":" + user, BucketSize.Of(options.PermitsPerMinute, options.Burst)),
                new ConcurrencyLimiter(new ConcurrencyLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.OpenStreams),
                    QueueLimit = 0,
                })));
        });
        return limiter;
    }
}
