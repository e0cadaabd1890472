using System.Reflection;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Segmentation.Requirements.V1;

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>Every RPC of every proto compiled into the Contracts assembly (read from the generated
/// file descriptors), each paired with the host whose endpoints serve it.</summary>
public static class RpcCatalog
{
    public static IReadOnlyList<MethodDescriptor> AllMethods() =>
        [.. typeof(RequirementsService).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(FileDescriptor))
            .Select(p => (FileDescriptor)p!.GetValue(null)!)
            .SelectMany(f => f.Services).SelectMany(s => s.Methods)
            .OrderBy(m => m.FullName, StringComparer.Ordinal)];

    /// <summary>The RPC paths (/package.Service/Method) a host maps, from its endpoint metadata.</summary>
    public static IReadOnlySet<string> ServedBy(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.FullName)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>Each method with the client of the one host that serves it; methods no host serves
    /// come back with a null client so the test can name them.</summary>
    public static IReadOnlyList<(MethodDescriptor Method, HttpClient? Client)> Resolve(IEnumerable<(IServiceProvider Services, HttpClient Client)> hosts)
    {
        var served = hosts.Select(h => (Paths: ServedBy(h.Services), h.Client)).ToList();
        return [.. AllMethods().Select(m => (m, served.FirstOrDefault(s => s.Paths.Contains($"/{m.Service.FullName}/{m.Name}")).Client))];
    }
}
