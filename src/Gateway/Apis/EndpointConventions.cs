using Segmentation.Gateway.RateLimiting;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis;

/// <summary>What every route shares in the OpenAPI document and the pipeline, named once.</summary>
public static class EndpointConventions
{
    /// <summary>Any /api route can meet a missing token, a service that is down or one that is too slow.</summary>
    public static TBuilder WithCommonProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(
            Problem(StatusCodes.Status401Unauthorized),
            Problem(StatusCodes.Status503ServiceUnavailable),
            Problem(StatusCodes.Status504GatewayTimeout));

    /// <summary>A write: rate limited per user (429 with Retry-After) and bounded in body size.</summary>
    public static RouteHandlerBuilder AsWrite(this RouteHandlerBuilder builder) =>
        builder.RequireRateLimiting(WriteRateLimiting.Policy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>Reference-data and client administration: admins only, 403 for a CSE.</summary>
    public static RouteHandlerBuilder AdminOnly(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(Roles.AdminPolicy).ProducesProblem(StatusCodes.Status403Forbidden);

    private static Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata Problem(int status) =>
        new(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]);
}
