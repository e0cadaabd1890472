using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Replaces grpc-dotnet's default method provider: finds the generated BindService method through
/// [BindServiceMethod] (as the default does) and binds it with <see cref="StrictServiceBinder{TService}"/>,
/// so malformed request bytes answer INVALID_ARGUMENT instead of UNKNOWN.</summary>
internal sealed class StrictServiceMethodProvider<TService> : IServiceMethodProvider<TService> where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        for (var type = typeof(TService); type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is not { } attribute) continue;
            var bind = attribute.BindType.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Single(m => m.Name == attribute.BindMethodName && m.GetParameters() is [var first, _]
                    && first.ParameterType == typeof(ServiceBinderBase));
            bind.Invoke(null, [new StrictServiceBinder<TService>(context), null]);
            return;
        }
    }
}
