using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Maps domain exceptions to gRPC statuses in one place, with google.rpc.BadRequest
/// details for validation errors; anything unexpected becomes INTERNAL without internals.</summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try { return await continuation(request, context); }
        catch (Exception ex) when (ex is not RpcException) { throw Map(ex, context); }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try { await continuation(request, responseStream, context); }
        catch (Exception ex) when (ex is not RpcException) { throw Map(ex, context); }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try { return await continuation(requestStream, context); }
        catch (Exception ex) when (ex is not RpcException) { throw Map(ex, context); }
    }

    private RpcException Map(Exception ex, ServerCallContext context)
    {
        var status = ex switch
        {
            ValidationException v => StatusFor(Code.InvalidArgument, v.Message, BadRequestOf(v.Violations)),
            NotFoundException => StatusFor(Code.NotFound, ex.Message),
            AlreadyExistsException => StatusFor(Code.AlreadyExists, ex.Message),
            PreconditionFailedException => StatusFor(Code.FailedPrecondition, ex.Message),
            PermissionDeniedException => StatusFor(Code.PermissionDenied, ex.Message),
            // The call's token fires both when the caller went away and when its deadline passed; a caller
            // whose deadline passed must hear DEADLINE_EXCEEDED (a gateway answers 504), not "you cancelled".
            // Once the call's token fired, whatever failed next (Npgsql may surface the cancelled command as
            // an NpgsqlException or a broken-stream error) is a consequence of the deadline or the caller leaving.
            _ when context.CancellationToken.IsCancellationRequested => CallerWentAway(context)
                ? StatusFor(Code.Cancelled, "The call was cancelled.")
                : StatusFor(Code.DeadlineExceeded, "The call's deadline passed before it finished."),
            NpgsqlException { IsTransient: true } => StatusFor(Code.Unavailable, "The database is unavailable; try again."),
            NpgsqlException { InnerException: System.Net.Sockets.SocketException } =>
                StatusFor(Code.Unavailable, "The database is unavailable; try again."),
            _ => null,
        };
        if (status is null)
        {
            logger.LogError(ex, "Unhandled error in {Method}", context.Method);
            status = StatusFor(Code.Internal, "An internal error occurred.");
        }
        return status.ToRpcException();
    }

    /// <summary>The request itself was aborted well before its deadline. A caller whose own deadline timer
    /// fired resets the stream a moment before this server's copy of the deadline (computed from
    /// grpc-timeout on arrival, so later by the transit time) passes: that is still a deadline.</summary>
    private static bool CallerWentAway(ServerCallContext context) =>
        context.Deadline == DateTime.MaxValue
        || (context.Deadline - DateTime.UtcNow > DeadlineSkew && context.GetHttpContext().RequestAborted.IsCancellationRequested);

    private static readonly TimeSpan DeadlineSkew = TimeSpan.FromSeconds(1);

    private static Google.Rpc.Status StatusFor(Code code, string message, BadRequest? details = null)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        if (details is not null) status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(details));
        return status;
    }

    private static BadRequest BadRequestOf(IEnumerable<FieldViolation> violations)
    {
        var bad = new BadRequest();
        foreach (var v in violations)
        {
            bad.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description });
        }
        return bad;
    }
}
