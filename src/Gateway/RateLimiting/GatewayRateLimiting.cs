using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>Per-user limits on every /api route: writes (<see cref="WriteRateLimiting"/>) and everything
/// else (<see cref="ReadRateLimiting"/>). A refusal is 429 problem details with Retry-After.</summary>
public static class GatewayRateLimiting
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WriteRateLimitOptions>(configuration.GetSection(WriteRateLimitOptions.Section));
        services.Configure<ReadRateLimitOptions>(configuration.GetSection(ReadRateLimitOptions.Section));
        services.AddTokenBuckets(configuration);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddWritePolicy().AddReadPolicy().AddStreamPolicy();
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        // A full concurrency queue has no Retry-After of its own: the places free up within a second or so.
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        await Problems.WriteAsync(http, Problems.Of(
            StatusCodes.Status429TooManyRequests, $"Too many {policy ?? "requests"} from this user; retry after {seconds} second(s)."));
    }
}
