using Grpc.Net.Client;
using Grpc.Net.ClientFactory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Segmentation.TestSupport.InMemory;

namespace Segmentation.TestSupport;

/// <summary>A real service (its own Program, DI and gRPC pipeline) hosted in memory against a real
/// database. Upstream services it calls over gRPC are other in-memory hosts wired by handler.</summary>
public class ServiceFactory<TMarker>(string connectionString) : WebApplicationFactory<TMarker>, IInMemoryHost where TMarker : class
{
    /// <summary>The page-token key every in-memory service signs with (PageTokens:Key).</summary>
    public const string PageTokenKey = "test-page-token-key-that-is-long-enough-0123456789";

    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly Dictionary<Type, Func<HttpMessageHandler>> _upstreams = [];
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["ConnectionStrings:segmentation"] = connectionString,
        ["Auth:SigningKey"] = TestAuth.Options.SigningKey,
        ["PageTokens:Key"] = PageTokenKey,
    };

    public string ConnectionString => connectionString;

    /// <summary>The marker's name without "Marker" ("EventsService"): who called, in an <see cref="UpstreamCallLog"/>.</summary>
    public string Name => typeof(TMarker).Name.Replace("Marker", "", StringComparison.Ordinal);

    public ServiceFactory<TMarker> WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Routes the typed gRPC client <typeparamref name="TClient"/> to an in-memory upstream host.</summary>
    public ServiceFactory<TMarker> WithUpstream<TClient>(Func<HttpMessageHandler> handler) where TClient : class
    {
        _upstreams[typeof(TClient)] = handler;
        return this;
    }

    /// <summary>"Now" for this host (its business clock and page tokens follow it).</summary>
    public ServiceFactory<TMarker> WithClock(TimeProvider time) => WithServices(s => s.AddSingleton(time));

    /// <summary>Routes <paramref name="client"/> unless a test already routed it (to a failing handler, say).</summary>
    public void RouteIfUnrouted(Type client, Func<HttpMessageHandler> handler) => _upstreams.TryAdd(client, handler);

    public ServiceFactory<TMarker> WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>A gRPC channel into this host that sends <paramref name="token"/> (null = anonymous).</summary>
    public GrpcChannel Channel(string? token = null) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(token, Server.CreateHandler()),
            MaxReceiveMessageSize = 64 * 1024 * 1024,
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            foreach (var (client, handler) in _upstreams)
            {
                // The gRPC client factory names each typed client's HttpClient after the client type.
                services.Configure<HttpClientFactoryOptions>(client.Name, o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = handler()));
                services.Configure<GrpcClientFactoryOptions>(client.Name, o => o.Address = new Uri("http://localhost"));
            }
            foreach (var configure in _services) configure(services);
        });
    }
}
