using Microsoft.AspNetCore.Mvc;
using Segmentation.Gateway.RateLimiting;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis;

/// <summary>What every route shares in the OpenAPI document and the pipeline, named once. Success
/// responses and the problems a handler returns are inferred from its typed results; the statuses
/// declared here are answered by something other than the handler's return value (middleware, the
/// authorization and rate-limit layers, or a service's gRPC status through the exception handler),
/// which inference cannot see.</summary>
public static class EndpointConventions
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Any /api route can meet a bad query value (binding, %00), a missing token, a service that is down or too slow.</summary>
    public static TBuilder WithCommonProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(
            Validation(),
            Problem(StatusCodes.Status401Unauthorized),
            Problem(StatusCodes.Status503ServiceUnavailable),
            Problem(StatusCodes.Status504GatewayTimeout));

    /// <summary>A write: rate limited per user (429 with Retry-After) and bounded in body size (413).</summary>
    public static RouteHandlerBuilder AsWrite(this RouteHandlerBuilder builder) =>
        builder.RequireRateLimiting(WriteRateLimiting.Policy)
            .WithMetadata(Problem(StatusCodes.Status413PayloadTooLarge), Problem(StatusCodes.Status429TooManyRequests));

    /// <summary>Reference-data and client administration: admins only, 403 for a CSE.</summary>
    public static RouteHandlerBuilder AdminOnly(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(Roles.AdminPolicy).WithMetadata(Problem(StatusCodes.Status403Forbidden));

    /// <summary>Statuses a route answers other than through its handler's typed return value: mostly the
    /// service's (NOT_FOUND → 404, ALREADY_EXISTS or FAILED_PRECONDITION → 409, PERMISSION_DENIED → 403),
    /// which arrive as an RpcException mapped by the exception handler; also an upload's 415.</summary>
    public static RouteHandlerBuilder MayAnswer(this RouteHandlerBuilder builder, params int[] statuses) =>
        builder.WithMetadata([.. statuses.Select(Problem)]);

    private static ProducesResponseTypeMetadata Problem(int status) => new(status, typeof(ProblemDetails), [ProblemJson]);

    private static ProducesResponseTypeMetadata Validation() =>
        new(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), [ProblemJson]);
}
