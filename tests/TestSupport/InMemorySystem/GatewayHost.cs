using Segmentation.Compliance;
using Segmentation.Compliance.V1;
using Segmentation.Events;
using Segmentation.Events.V1;
using Segmentation.Gateway;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;

namespace Segmentation.TestSupport;

/// <summary>The whole system in memory on one fresh database: the three real gRPC services and the real
/// gateway, each wired to the others by in-memory handlers. Only PostgreSQL is a separate process.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private GatewayHost(string connectionString, Action<ServiceFactory<GatewayMarker>>? configure)
    {
        ConnectionString = connectionString;
        Requirements = new ServiceFactory<RequirementsServiceMarker>(connectionString);
        Events = new ServiceFactory<EventsServiceMarker>(connectionString)
            .WithUpstream<RequirementsService.RequirementsServiceClient>(() => Requirements.Server.CreateHandler());
        Compliance = new ServiceFactory<ComplianceServiceMarker>(connectionString)
            .WithUpstream<RequirementsService.RequirementsServiceClient>(() => Requirements.Server.CreateHandler())
            .WithUpstream<EventsService.EventsServiceClient>(() => Events.Server.CreateHandler());
        Gateway = new ServiceFactory<GatewayMarker>(connectionString)
            .WithUpstream<RequirementsService.RequirementsServiceClient>(() => Requirements.Server.CreateHandler())
            .WithUpstream<EventsService.EventsServiceClient>(() => Events.Server.CreateHandler())
            .WithUpstream<ComplianceService.ComplianceServiceClient>(() => Compliance.Server.CreateHandler());
        foreach (var quiet in new Action<string, string>[]
                 {
                     (k, v) => Requirements.WithSetting(k, v), (k, v) => Events.WithSetting(k, v),
                     (k, v) => Compliance.WithSetting(k, v), (k, v) => Gateway.WithSetting(k, v),
                 })
        {
            // Failures under test are expected; the logs of four hosts would bury the test output.
            quiet("Logging:LogLevel:Default", "Warning");
            quiet("Logging:LogLevel:Segmentation", "Critical");
        }
        configure?.Invoke(Gateway);
    }

    public string ConnectionString { get; }
    public ServiceFactory<RequirementsServiceMarker> Requirements { get; }
    public ServiceFactory<EventsServiceMarker> Events { get; }
    public ServiceFactory<ComplianceServiceMarker> Compliance { get; }
    public ServiceFactory<GatewayMarker> Gateway { get; }

    /// <summary>A fresh migrated database with the test clients of <see cref="TestData"/>.</summary>
    public static async Task<GatewayHost> StartAsync(PostgresFixture postgres, Action<ServiceFactory<GatewayMarker>>? configure = null)
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await TestData.SeedAsync(connectionString);
        return new GatewayHost(connectionString, configure);
    }

    /// <summary>An HTTP client into the gateway that sends <paramref name="token"/> (null = none).</summary>
    public HttpClient Client(string? token) =>
        new(new BearerTokenHandler(token, Gateway.Server.CreateHandler())) { BaseAddress = Gateway.Server.BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Compliance.DisposeAsync();
        await Events.DisposeAsync();
        await Requirements.DisposeAsync();
    }
}
