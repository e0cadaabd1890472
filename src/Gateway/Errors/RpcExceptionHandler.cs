using System.Text;
using System.Text.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Segmentation.Gateway.Errors;

/// <summary>The one place where an exception becomes an RFC 9457 response: a gRPC status from a
/// service, a request that could not be read or bound (always a 4xx), or (anything else, a real fault)
/// a bare 500 with no internals.</summary>
public sealed class RpcExceptionHandler(ILogger<RpcExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            RpcException rpc => GrpcProblemMapper.ToProblem(rpc, field => FieldAliases.Resolve(context, field)),
            BadHttpRequestException bad => BadRequestMapper.ToProblem(bad),
            OperationCanceledException or IOException when context.RequestAborted.IsCancellationRequested =>
                Problems.Of(StatusCodes.Status499ClientClosedRequest),
            // Reading the request. The gateway parses nothing else, and its only other I/O is gRPC (which
            // throws RpcException), so these are always the caller's input: a body that is not JSON, not
            // text in its charset, or a stream that ends early or breaks off (a truncated multipart upload).
            JsonException json => BadRequestMapper.FromJson(json),
            InvalidDataException or DecoderFallbackException or IOException => BadRequestMapper.Unreadable(),
            _ => Problems.Of(StatusCodes.Status500InternalServerError),
        };
        if (problem.Status >= 500 && problem.Status != StatusCodes.Status499ClientClosedRequest) logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        return await Problems.WriteAsync(context, problem);
    }
}
