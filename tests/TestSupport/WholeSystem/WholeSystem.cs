using Segmentation.Compliance;
using Segmentation.Compliance.V1;
using Segmentation.Events;
using Segmentation.Events.V1;
using Segmentation.Gateway;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport.InMemory;

namespace Segmentation.TestSupport;

/// <summary>The whole system in memory: the three services and the gateway in front, on a fresh database
/// with the test clients of <see cref="TestData"/>. Compiled only into the test projects that reference
/// all four services (see TestSupport.csproj).</summary>
public static class WholeSystem
{
    public static async Task<InMemorySystem> StartAsync(PostgresFixture postgres, Action<ServiceFactory<GatewayMarker>>? configureGateway = null)
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await TestData.SeedAsync(connectionString);
        return InMemorySystem.On(connectionString)
            .Add<RequirementsServiceMarker, RequirementsService.RequirementsServiceClient>()
            .Add<EventsServiceMarker, EventsService.EventsServiceClient>()
            .Add<ComplianceServiceMarker, ComplianceService.ComplianceServiceClient>()
            .AddFrontDoor(configureGateway)
            .Build();
    }
}
