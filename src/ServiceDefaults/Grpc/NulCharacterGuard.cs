using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Refuses U+0000 in any string of a request (INVALID_ARGUMENT naming the field): PostgreSQL
/// cannot store it in text, so it would otherwise fail deep in a query as an internal error.</summary>
public sealed class NulCharacterGuard : Interceptor
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
        if (request is IMessage message && FindNul(message, "") is { } field)
            throw new ValidationException(field, "Text must not contain the NUL character (U+0000).");
    }

    internal static string? FindNul(IMessage message, string prefix)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            var found = field switch
            {
                { IsMap: true } => FindInList(((System.Collections.IDictionary)value).Values.Cast<object>().ToList(), field, path),
                { IsRepeated: true } => FindInList((System.Collections.IList)value, field, path),
                { FieldType: FieldType.String } => ((string)value).Contains('\0') ? path : null,
                { FieldType: FieldType.Message } when value is IMessage inner => FindNul(inner, path + "."),
                _ => null,
            };
            if (found is not null) return found;
        }
        return null;
    }

    private static string? FindInList(System.Collections.IList list, FieldDescriptor field, string path)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var found = list[i] switch
            {
                string s when s.Contains('\0') => $"{path}[{i}]",
                IMessage inner => FindNul(inner, $"{path}[{i}]."),
                _ => null,
            };
            if (found is not null) return found;
        }
        return null;
    }
}
