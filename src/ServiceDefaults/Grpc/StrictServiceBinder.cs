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
    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
    {
        if (Implemented(method.Name, out var m, out var metadata))
            context.AddUnaryMethod(StrictMarshaller.Wrap(method), metadata, Invoker<UnaryServerMethod<TService, TRequest, TResponse>>(m));
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
    {
        if (Implemented(method.Name, out var m, out var metadata))
            context.AddServerStreamingMethod(StrictMarshaller.Wrap(method), metadata, Invoker<ServerStreamingServerMethod<TService, TRequest, TResponse>>(m));
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
    {
        if (Implemented(method.Name, out var m, out var metadata))
            context.AddClientStreamingMethod(StrictMarshaller.Wrap(method), metadata, Invoker<ClientStreamingServerMethod<TService, TRequest, TResponse>>(m));
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
    {
        if (Implemented(method.Name, out var m, out var metadata))
            context.AddDuplexStreamingMethod(StrictMarshaller.Wrap(method), metadata, Invoker<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(m));
    }

    /// <summary>Only the methods <typeparamref name="TService"/> overrides are bound, so one proto service can be
    /// served by several classes, one per resource (each mapped with MapGrpcService); a method no class
    /// overrides is UNIMPLEMENTED, as grpc-dotnet answers for any unknown method.</summary>
    private static bool Implemented(string name, out MethodInfo method, out List<object> metadata)
    {
        metadata = Metadata(name, out method);
        return method.DeclaringType?.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is null;
    }

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
