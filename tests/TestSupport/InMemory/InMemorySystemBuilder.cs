namespace Segmentation.TestSupport.InMemory;

/// <summary>Declares which real services run in memory over one database and which gRPC client each one
/// serves; <see cref="Build"/> routes every host's client of a served service to that host's in-memory
/// handler, so the services call each other over real gRPC with no sockets. Hosts start on first use.</summary>
public sealed class InMemorySystemBuilder(string connectionString)
{
    private readonly List<IInMemoryHost> _hosts = [];
    private readonly List<Action> _configures = [];
    private readonly Dictionary<Type, IInMemoryHost> _servers = [];
    private readonly Dictionary<string, string?> _settings = new()
    {
        // Failures under test are expected; the logs of several hosts would bury the test output.
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Segmentation"] = "Critical",
        // TestServer has no IHttpMaxRequestBodySizeFeature, so routing warns on every sized route; the
        // gateway enforces its body limits itself (BodySizeLimitMiddleware), and the warnings buried CI's output.
        ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
    };
    private IInMemoryHost? _frontDoor;
    private TimeProvider? _clock;

    /// <summary>A gRPC service whose clients (<typeparamref name="TClient"/>) the other hosts are routed to.</summary>
    public InMemorySystemBuilder Add<TMarker, TClient>(Action<ServiceFactory<TMarker>>? configure = null) where TMarker : class
    {
        _servers[typeof(TClient)] = Add(configure);
        return this;
    }

    /// <summary>The host that <see cref="InMemorySystem.Client"/> sends HTTP requests to (the gateway).</summary>
    public InMemorySystemBuilder AddFrontDoor<TMarker>(Action<ServiceFactory<TMarker>>? configure = null) where TMarker : class
    {
        _frontDoor = Add(configure);
        return this;
    }

    /// <summary>A setting for every host (a host's own configure runs after it and wins).</summary>
    public InMemorySystemBuilder WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>"Now" for every host that does not set its own clock.</summary>
    public InMemorySystemBuilder WithClock(TimeProvider time)
    {
        _clock = time;
        return this;
    }

    public InMemorySystem Build()
    {
        foreach (var configure in _configures) configure();
        var calls = new UpstreamCallLog();
        foreach (var host in _hosts)
            foreach (var (client, server) in _servers.Where(s => s.Value != host))
                host.RouteIfUnrouted(client, () => calls.Wrap(host.Name, server.Server.CreateHandler()));
        return new InMemorySystem(connectionString, _hosts, _servers, _frontDoor, calls);
    }

    private ServiceFactory<TMarker> Add<TMarker>(Action<ServiceFactory<TMarker>>? configure) where TMarker : class
    {
        var host = new ServiceFactory<TMarker>(connectionString);
        _hosts.Add(host);
        // Deferred to Build, so the system-wide settings and clock reach every host whatever the call order.
        _configures.Add(() =>
        {
            foreach (var (key, value) in _settings) host.WithSetting(key, value);
            if (_clock is not null) host.WithClock(_clock);
            configure?.Invoke(host);
        });
        return host;
    }
}
