using Grpc.Core;

namespace Segmentation.TestSupport.InMemory;

/// <summary>Real services (their own Program, DI and gRPC pipeline) in memory over one real database,
/// calling each other through in-memory handlers; only PostgreSQL is a separate process. The one
/// in-memory wiring used by every test project and the benchmarks; build it with <see cref="On"/>.</summary>
public sealed class InMemorySystem : IAsyncDisposable
{
    private readonly IReadOnlyList<IInMemoryHost> _hosts;
    private readonly IReadOnlyDictionary<Type, IInMemoryHost> _servers;
    private readonly IInMemoryHost? _frontDoor;

    internal InMemorySystem(string connectionString, IReadOnlyList<IInMemoryHost> hosts, IReadOnlyDictionary<Type, IInMemoryHost> servers,
        IInMemoryHost? frontDoor, UpstreamCallLog calls)
    {
        ConnectionString = connectionString;
        _hosts = hosts;
        _servers = servers;
        _frontDoor = frontDoor;
        Calls = calls;
    }

    public static InMemorySystemBuilder On(string connectionString) => new(connectionString);

    public string ConnectionString { get; }

    /// <summary>Every call between the hosts.</summary>
    public UpstreamCallLog Calls { get; }

    public ServiceFactory<TMarker> Service<TMarker>() where TMarker : class =>
        _hosts.OfType<ServiceFactory<TMarker>>().SingleOrDefault()
        ?? throw new InvalidOperationException($"{typeof(TMarker).Name} is not part of this system.");

    /// <summary>An HTTP client into the front door that sends <paramref name="token"/> (null = none).</summary>
    public HttpClient Client(string? token)
    {
        var door = _frontDoor ?? throw new InvalidOperationException("This system has no front door.");
        return new HttpClient(new TraceParent(new BearerTokenHandler(token, door.Server.CreateHandler()))) { BaseAddress = door.Server.BaseAddress };
    }

    /// <summary>A typed gRPC client into the host that serves it (null token = anonymous).</summary>
    public TClient GrpcClient<TClient>(string? token) where TClient : ClientBase<TClient>
    {
        var host = _servers.GetValueOrDefault(typeof(TClient)) ?? throw new InvalidOperationException($"No host serves {typeof(TClient).Name}.");
        return (TClient)Activator.CreateInstance(typeof(TClient), host.Channel(token))!;
    }

    /// <summary>The front door, then the others from the last added: callers stop before what they call.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_frontDoor is not null) await _frontDoor.DisposeAsync();
        foreach (var host in _hosts.Reverse().Where(h => h != _frontDoor)) await host.DisposeAsync();
    }
}
