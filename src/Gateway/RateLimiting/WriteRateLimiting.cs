using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>The "writes" policy: one token bucket per authenticated user (the token's subject), so one
/// user's bulk work never slows another's; a rejected write is 429 problem details with Retry-After.</summary>
public static class WriteRateLimiting
{
    public const string Policy = "writes";

    public static IServiceCollection AddWriteRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WriteRateLimitOptions>(configuration.GetSection(WriteRateLimitOptions.Section));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<WriteRateLimitOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(UserKey(context), _ => BucketOf(options));
            });
        });
        return services;
    }

    private static string UserKey(HttpContext context) =>
        context.User.FindFirst("sub")?.Value
        ?? context.Connection.RemoteIpAddress?.ToString()
        ?? "anonymous";

    private static TokenBucketRateLimiterOptions BucketOf(WriteRateLimitOptions options)
    {
        var perMinute = Math.Max(1, options.PermitsPerMinute);
        // Replenish in small steps (every second when the rate allows) so a client is never
        // told to wait a whole minute after a burst.
        var period = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Ceiling(60.0 / perMinute));
        var perPeriod = Math.Max(1, (int)Math.Round(perMinute * period.TotalSeconds / 60.0, MidpointRounding.AwayFromZero));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.Burst),
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = ProblemTitles.Of(StatusCodes.Status429TooManyRequests),
            Detail = $"Too many writes from this user; retry after {seconds} second(s).",
        };
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
