using Google.Protobuf;
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
            catch (InvalidProtocolBufferException) { throw new RpcException(new Status(StatusCode.InvalidArgument, Message)); }
        });

    public static Method<TRequest, TResponse> Wrap<TRequest, TResponse>(Method<TRequest, TResponse> method) =>
        new(method.Type, method.ServiceName, method.Name, Wrap(method.RequestMarshaller), method.ResponseMarshaller);
}
