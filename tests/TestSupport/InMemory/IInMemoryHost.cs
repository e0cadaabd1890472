using Grpc.Net.Client;
using Microsoft.AspNetCore.TestHost;

namespace Segmentation.TestSupport.InMemory;

/// <summary>What <see cref="InMemorySystemBuilder"/> needs of a <see cref="ServiceFactory{TMarker}"/> without
/// knowing its marker type: its name, routing of a gRPC client to another host, its server and a channel into it.</summary>
public interface IInMemoryHost : IAsyncDisposable
{
    string Name { get; }
    TestServer Server { get; }
    GrpcChannel Channel(string? token);
    void RouteIfUnrouted(Type client, Func<HttpMessageHandler> handler);
}
