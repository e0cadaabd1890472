using Grpc.Core;
using Grpc.Core.Interceptors;
using Google.Protobuf;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Applies the one text rule (<see cref="Text.SafeText.CheckCharacters"/>) to every string of
/// every request before any handler runs: strings are NFC-normalised in place, and an unpaired surrogate,
/// a control, bidi, zero-width or other format character is INVALID_ARGUMENT naming the field path
/// (also U+0000, which PostgreSQL cannot store). Free-text fields (<see cref="FreeTextFields"/>) may
/// also hold line feeds, carriage returns and tabs.</summary>
public sealed class SafeTextGuard : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, responseStream, context);
    }

    private static void Check(object request)
    {
        if (request is IMessage message && RequestTextWalker.FindProblem(message) is { } problem)
            throw new ValidationException(problem.Field, problem.Description);
    }
}
