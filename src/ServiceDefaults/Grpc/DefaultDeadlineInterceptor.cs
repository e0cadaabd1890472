using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Gives every outgoing call a deadline when none was set (a call inside a gRPC call already has its
/// caller's, propagated): inside an HTTP request (the gateway) the request's own deadline, fixed at its first
/// upstream call and shared by the rest, so a request has one budget; elsewhere (background work) a fresh one.
/// A unary call that fails once its deadline has passed is reported as DEADLINE_EXCEEDED, whatever error won
/// the race with the deadline timer (the server's reset of the stream, say): the caller asked for that deadline.</summary>
public sealed class DefaultDeadlineInterceptor(TimeSpan timeout, IHttpContextAccessor? accessor = null) : Interceptor
{
    private static readonly object DeadlineKey = new();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var withDeadline = WithDeadline(context);
        var call = continuation(request, withDeadline);
        var deadline = withDeadline.Options.Deadline!.Value;
        return new AsyncUnaryCall<TResponse>(AsDeadlineAsync(call.ResponseAsync, deadline), call.ResponseHeadersAsync,
            call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDeadline(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDeadline(context));

    private static async Task<TResponse> AsDeadlineAsync<TResponse>(Task<TResponse> response, DateTime deadline)
    {
        try { return await response; }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.DeadlineExceeded && DateTime.UtcNow >= deadline)
        {
            throw new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded", ex), ex.Trailers);
        }
    }

    private ClientInterceptorContext<TRequest, TResponse> WithDeadline<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class where TResponse : class
    {
        if (context.Options.Deadline is not null) return context;
        var options = context.Options.WithDeadline(RequestDeadline());
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options);
    }

    private DateTime RequestDeadline()
    {
        if (accessor?.HttpContext is not { } http) return DateTime.UtcNow.Add(timeout);
        if (http.Items.TryGetValue(DeadlineKey, out var stored) && stored is DateTime deadline) return deadline;
        deadline = DateTime.UtcNow.Add(timeout);
        http.Items[DeadlineKey] = deadline;
        return deadline;
    }
}
