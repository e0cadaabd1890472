using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Receives the methods a generated BindService declares and adds each to grpc-dotnet with a
/// <see cref="StrictMarshaller"/> for its request, invoking the service's override of the same name
/// (what grpc-dotnet's own binder does, minus the lenient marshaller).</summary>
internal sealed class StrictServiceBinder<TService>(ServiceMethodProviderContext<TService> context) : ServiceBinderBase
    where TService : class
{
    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
        context.AddUnaryMethod(StrictMarshaller.Wrap(method), Metadata(method.Name, out var m),
            Invoker<UnaryServerMethod<TService, TRequest, TResponse>>(m));

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
        context.AddServerStreamingMethod(StrictMarshaller.Wrap(method), Metadata(method.Name, out var m),
            Invoker<ServerStreamingServerMethod<TService, TRequest, TResponse>>(m));

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
        context.AddClientStreamingMethod(StrictMarshaller.Wrap(method), Metadata(method.Name, out var m),
            Invoker<ClientStreamingServerMethod<TService, TRequest, TResponse>>(m));

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
        context.AddDuplexStreamingMethod(StrictMarshaller.Wrap(method), Metadata(method.Name, out var m),
            Invoker<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(m));

    /// <summary>Attributes of the service type and of the method (authorization, CORS...), as grpc-dotnet collects them.</summary>
    private static List<object> Metadata(string name, out MethodInfo method)
    {
        method = typeof(TService).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == name && m.GetBaseDefinition().DeclaringType != typeof(object))
            .OrderBy(m => m.DeclaringType == typeof(TService) ? 0 : 1)
            .First();
        return [.. typeof(TService).GetCustomAttributes(inherit: true), .. method.GetCustomAttributes(inherit: true)];
    }

    /// <summary>An open-instance delegate: (service, request, ...) => service.Method(request, ...).</summary>
    private static TDelegate Invoker<TDelegate>(MethodInfo method) where TDelegate : Delegate => method.CreateDelegate<TDelegate>();
}
