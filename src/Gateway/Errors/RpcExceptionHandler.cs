using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Segmentation.Gateway.Errors;

/// <summary>The one place where an exception becomes an RFC 9457 response: a gRPC status from a
/// service, a request the framework could not bind, or (anything else) a bare 500 with no internals.</summary>
public sealed class RpcExceptionHandler(IProblemDetailsService problems, ILogger<RpcExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            RpcException rpc => GrpcProblemMapper.ToProblem(rpc, field => FieldAliases.Resolve(context, field)),
            BadHttpRequestException bad => BadRequestMapper.ToProblem(bad),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested =>
                new ProblemDetails { Status = StatusCodes.Status499ClientClosedRequest, Title = "The caller went away." },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = ProblemTitles.Of(500) },
        };
        if (problem.Status >= 500 && problem.Status != StatusCodes.Status499ClientClosedRequest) logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = null });
    }
}
