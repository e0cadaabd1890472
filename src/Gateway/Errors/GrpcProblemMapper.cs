using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc;

namespace Segmentation.Gateway.Errors;

/// <summary>gRPC status → HTTP status and problem details (API.md "Conventions").</summary>
public static class GrpcProblemMapper
{
    public static int HttpStatusOf(StatusCode code) => code switch
    {
        StatusCode.InvalidArgument or StatusCode.OutOfRange => StatusCodes.Status400BadRequest,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists or StatusCode.FailedPrecondition or StatusCode.Aborted => StatusCodes.Status409Conflict,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        StatusCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        StatusCode.Cancelled => StatusCodes.Status499ClientClosedRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails ToProblem(RpcException rpc, Func<string, string> jsonFieldOf)
    {
        var status = HttpStatusOf(rpc.StatusCode);
        if (status == StatusCodes.Status400BadRequest)
        {
            return Problems.Invalid(FieldErrors(rpc, jsonFieldOf), detail: rpc.Status.Detail);
        }
        // Server-side failures never pass the service's message on: it may name hosts, sockets or SQL.
        var detail = status >= 500 ? null : rpc.Status.Detail;
        return Problems.Of(status, detail);
    }

    private static Dictionary<string, string[]> FieldErrors(RpcException rpc, Func<string, string> jsonFieldOf)
    {
        var bad = rpc.GetRpcStatus()?.GetDetail<BadRequest>();
        if (bad is null || bad.FieldViolations.Count == 0) return new() { ["request"] = [rpc.Status.Detail] };
        return bad.FieldViolations
            .GroupBy(v => jsonFieldOf(v.Field))
            .ToDictionary(g => g.Key, g => g.Select(v => v.Description).ToArray());
    }
}
