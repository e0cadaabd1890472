using Grpc.Net.Client;
using Grpc.Net.ClientFactory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Segmentation.TestSupport;

/// <summary>A real service (its own Program, DI and gRPC pipeline) hosted in memory against a real
/// database. Upstream services it calls over gRPC are other in-memory hosts wired by handler.</summary>
public class ServiceFactory<TMarker>(string connectionString) : WebApplicationFactory<TMarker> where TMarker : class
{
    /// <summary>The page-token key every in-memory service signs with (PageTokens:Key).</summary>
    public const string PageTokenKey = "test-page-token-key-that-is-long-enough-0123456789";

    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["ConnectionStrings:segmentation"] = connectionString,
        ["Auth:SigningKey"] = TestAuth.Options.SigningKey,
        ["PageTokens:Key"] = PageTokenKey,
    };

    public string ConnectionString => connectionString;

    public ServiceFactory<TMarker> WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Routes the typed gRPC client <typeparamref name="TClient"/> to an in-memory upstream host.</summary>
    public ServiceFactory<TMarker> WithUpstream<TClient>(Func<HttpMessageHandler> handler) where TClient : class
    {
        _services.Add(services => services.Configure<HttpClientFactoryOptions>(typeof(TClient).Name,
            o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = handler())));
        _services.Add(services => services.Configure<GrpcClientFactoryOptions>(typeof(TClient).Name,
            o => o.Address = new Uri("http://localhost")));
        return this;
    }

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
        builder.ConfigureServices(services => { foreach (var configure in _services) configure(services); });
    }
}
