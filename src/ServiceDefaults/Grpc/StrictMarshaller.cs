using Grpc.Core;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>grpc-dotnet deserializes a request before any interceptor runs and answers UNKNOWN when
/// the bytes are not the message. Wrapping the request marshaller turns that into INVALID_ARGUMENT:
/// an RpcException thrown while reading the request becomes the call's status.</summary>
internal static class StrictMarshaller
{
    public const string Message = "The request is not a valid protobuf message of the expected type.";

    public static Marshaller<T> Wrap<T>(Marshaller<T> inner) =>
        Marshallers.Create(inner.ContextualSerializer, context =>
        {
            try { return inner.ContextualDeserializer(context); }
            // Not only InvalidProtocolBufferException: a wrapper field with an absurd length fails with
            // other exception types inside Google.Protobuf. Parsing touches nothing but the bytes, so any
            // failure here means the bytes are not the message.
            catch (Exception ex) when (ex is not OperationCanceledException and not RpcException)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, Message));
            }
        });

    public static Method<TRequest, TResponse> Wrap<TRequest, TResponse>(Method<TRequest, TResponse> method) =>
        new(method.Type, method.ServiceName, method.Name, Wrap(method.RequestMarshaller), method.ResponseMarshaller);
}
