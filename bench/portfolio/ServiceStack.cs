using Segmentation.Compliance;
using Segmentation.Compliance.V1;
using Segmentation.Events;
using Segmentation.Events.V1;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Bench.Portfolio;

/// <summary>The three real services in memory over the benchmark database, talking gRPC to each other.</summary>
public sealed class ServiceStack : IAsyncDisposable
{
    private readonly ServiceFactory<RequirementsServiceMarker> _requirements;
    private readonly ServiceFactory<EventsServiceMarker> _events;
    private readonly ServiceFactory<ComplianceServiceMarker> _compliance;

    public ServiceStack(string connectionString)
    {
        _requirements = Quiet(new ServiceFactory<RequirementsServiceMarker>(connectionString));
        _events = Quiet(new ServiceFactory<EventsServiceMarker>(connectionString))
            .WithUpstream<RequirementsService.RequirementsServiceClient>(() => _requirements.Server.CreateHandler());
        _compliance = Quiet(new ServiceFactory<ComplianceServiceMarker>(connectionString))
            .WithUpstream<RequirementsService.RequirementsServiceClient>(() => _requirements.Server.CreateHandler())
            .WithUpstream<EventsService.EventsServiceClient>(() => _events.Server.CreateHandler());
        Compliance = new ComplianceService.ComplianceServiceClient(_compliance.Channel(TestAuth.Admin));
        Requirements = new RequirementsService.RequirementsServiceClient(_requirements.Channel(TestAuth.Admin));
        Events = new EventsService.EventsServiceClient(_events.Channel(TestAuth.Admin));
    }

    public ComplianceService.ComplianceServiceClient Compliance { get; }

    /// <summary>Direct clients of the two upstream services, to break the time down.</summary>
    public RequirementsService.RequirementsServiceClient Requirements { get; }

    public EventsService.EventsServiceClient Events { get; }

    private static ServiceFactory<T> Quiet<T>(ServiceFactory<T> factory) where T : class =>
        factory.WithSetting("Logging:LogLevel:Default", "Warning").WithSetting("Grpc:DefaultDeadlineSeconds", "300");

    public async ValueTask DisposeAsync()
    {
        await _compliance.DisposeAsync();
        await _events.DisposeAsync();
        await _requirements.DisposeAsync();
    }
}
