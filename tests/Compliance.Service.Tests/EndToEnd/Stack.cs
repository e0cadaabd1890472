using Segmentation.ServiceDefaults.Text;
using Dapper;
using Npgsql;
using Segmentation.Compliance.V1;
using Segmentation.Events;
using Segmentation.Events.V1;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>The three real services in memory (<see cref="InMemorySystem"/>) over one fresh migrated database,
/// with "now" fixed at 2025-11-27 10:00 in Sydney (= 2025-11-26 23:00 UTC), and the calls the tests make.</summary>
public sealed class Stack : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 11, 26, 23, 0, 0, TimeSpan.Zero);

    private readonly InMemorySystem _system;

    private Stack(InMemorySystem system) => _system = system;

    public ServiceFactory<ComplianceServiceMarker> Compliance => _system.Service<ComplianceServiceMarker>();
    public UpstreamCallLog Calls => _system.Calls;
    public string ConnectionString => _system.ConnectionString;

    // Events runs a year later: the tests record completions of months after Now (asked about with a
    // later asOf), and Events refuses a completion date after its today.
    public static async Task<Stack> StartAsync(PostgresFixture postgres, Action<ServiceFactory<ComplianceServiceMarker>>? configure = null) =>
        new(InMemorySystem.On(await postgres.CreateMigratedDatabaseAsync())
            .WithClock(new FixedTimeProvider(Now))
            .Add<RequirementsServiceMarker, RequirementsService.RequirementsServiceClient>()
            .Add<EventsServiceMarker, EventsService.EventsServiceClient>(e => e.WithClock(new FixedTimeProvider(Now.AddYears(1))))
            .Add<ComplianceServiceMarker, ComplianceService.ComplianceServiceClient>(configure)
            .Build());

    /// <summary>The gRPC calls Compliance made to <paramref name="service"/> ("RequirementsService").</summary>
    public IReadOnlyList<string> CallsFromCompliance(string service) => _system.Calls.Paths("ComplianceService", service);

    public ComplianceService.ComplianceServiceClient Scores(string? token = null) =>
        _system.GrpcClient<ComplianceService.ComplianceServiceClient>(token ?? TestAuth.Admin);

    public RequirementsService.RequirementsServiceClient Requirements => _system.GrpcClient<RequirementsService.RequirementsServiceClient>(TestAuth.Admin);

    public EventsService.EventsServiceClient Events => _system.GrpcClient<EventsService.EventsServiceClient>(TestAuth.Admin);

    public async Task ClientAsync(string name, string segment, string cse = "Ana", string since = "2024-01-01") =>
        await Requirements.CreateClientAsync(new CreateClientRequest { Name = name, Segment = segment, Cse = cse, SegmentSince = since });

    public async Task ChangeSegmentAsync(string name, string segment, string from) =>
        await Requirements.ChangeSegmentAsync(new ChangeSegmentRequest { Name = name, Segment = segment, EffectiveFrom = from });

    public async Task ExcludeAsync(string name, string code) =>
        await Requirements.SetExclusionAsync(new SetExclusionRequest { ClientName = name, EventType = code, Reason = "test" });

    public async Task<string> ScheduleAsync(string name, string code, string date) =>
        (await Events.ScheduleEventAsync(new ScheduleEventRequest { ClientName = name, EventType = code, EventDate = date })).Event.Id;

    public async Task<string> CompletedAsync(string name, string code, string date)
    {
        var id = await ScheduleAsync(name, code, date);
        await Events.CompleteEventAsync(new CompleteEventRequest { Id = id, CompletedDate = date });
        return id;
    }

    /// <summary>Several completed events of one type on consecutive days from <paramref name="from"/>.</summary>
    public async Task CompletedManyAsync(string name, string code, string from, int count)
    {
        var start = CalendarDates.Parse(from);
        for (var i = 0; i < count; i++) await CompletedAsync(name, code, CalendarDates.Format(start.AddDays(i)));
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("no value");
    }

    public ValueTask DisposeAsync() => _system.DisposeAsync();
}
