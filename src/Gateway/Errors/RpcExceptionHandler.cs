using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Segmentation.Gateway.Errors;

/// <summary>The one place where a gRPC status from a service becomes an RFC 9457 problem details
/// response. Anything else unexpected is a bare 500 with no internals.</summary>
public sealed class RpcExceptionHandler(IProblemDetailsService problems, ILogger<RpcExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception is RpcException rpc
            ? GrpcProblemMapper.ToProblem(rpc)
            : new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." };
        if (problem.Status >= 500) logger.LogError(exception, "Request {Path} failed", context.Request.Path);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = null });
    }
}
