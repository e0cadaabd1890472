using Segmentation.Compliance;
using Segmentation.Compliance.V1;
using Segmentation.Events;
using Segmentation.Events.V1;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary><see cref="WholeSystem"/> with every host's clock stopped at <see cref="Now"/> (mid-June 2025 in Sydney),
/// so "today", "overdue" and the forecast's months left are the same on every run. Rate limits are lifted.</summary>
public static class ClockedSystem
{
    public static readonly DateTimeOffset Now = new(2025, 6, 15, 0, 0, 0, TimeSpan.Zero);

    public static Task<InMemorySystem> StartAsync(PostgresFixture postgres, params (string Key, string Value)[] settings) =>
        StartAsync(postgres, Now, settings);

    public static async Task<InMemorySystem> StartAsync(PostgresFixture postgres, DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await TestData.SeedAsync(connectionString);
        var builder = InMemorySystem.On(connectionString);
        foreach (var (key, value) in settings) builder.WithSetting(key, value);
        return builder
            .WithClock(new FixedTimeProvider(now))
            .WithSetting("RateLimiting:Writes:Burst", "1000000").WithSetting("RateLimiting:Writes:PermitsPerMinute", "1000000")
            .WithSetting("RateLimiting:Reads:Burst", "1000000").WithSetting("RateLimiting:Reads:PermitsPerMinute", "1000000")
            .Add<RequirementsServiceMarker, RequirementsService.RequirementsServiceClient>()
            .Add<EventsServiceMarker, EventsService.EventsServiceClient>()
            .Add<ComplianceServiceMarker, ComplianceService.ComplianceServiceClient>()
            .AddFrontDoor<GatewayMarker>()
            .Build();
    }
}
