using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc;

namespace Segmentation.Gateway.Errors;

/// <summary>gRPC status → HTTP status and problem details (API.md "Conventions").</summary>
public static class GrpcProblemMapper
{
    public static int HttpStatusOf(StatusCode code) => code switch
    {
        StatusCode.InvalidArgument => StatusCodes.Status400BadRequest,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists or StatusCode.FailedPrecondition or StatusCode.Aborted => StatusCodes.Status409Conflict,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        StatusCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails ToProblem(RpcException rpc)
    {
        var status = HttpStatusOf(rpc.StatusCode);
        if (status == StatusCodes.Status400BadRequest)
        {
            var errors = FieldErrors(rpc);
            return new ValidationProblemDetails(errors) { Status = status, Title = "One or more fields are invalid.", Detail = rpc.Status.Detail };
        }
        // Server-side failures never expose the service's message (it may name hosts or SQL).
        var detail = status >= 500 ? null : rpc.Status.Detail;
        return new ProblemDetails { Status = status, Title = TitleOf(status), Detail = detail };
    }

    private static Dictionary<string, string[]> FieldErrors(RpcException rpc)
    {
        var bad = rpc.GetRpcStatus()?.GetDetail<BadRequest>();
        if (bad is null || bad.FieldViolations.Count == 0) return new() { ["request"] = [rpc.Status.Detail] };
        return bad.FieldViolations
            .GroupBy(v => JsonFieldName(v.Field))
            .ToDictionary(g => g.Key, g => g.Select(v => v.Description).ToArray());
    }

    /// <summary>Proto field paths are snake_case; the REST contract is camelCase.</summary>
    public static string JsonFieldName(string field)
    {
        var parts = field.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static string TitleOf(int status) => status switch
    {
        401 => "Authentication is required.",
        403 => "You are not allowed to do this.",
        404 => "Not found.",
        409 => "The request conflicts with the current state.",
        429 => "Too many requests.",
        503 => "A service is unavailable; try again shortly.",
        504 => "A service took too long to answer.",
        _ => "An unexpected error occurred.",
    };
}
