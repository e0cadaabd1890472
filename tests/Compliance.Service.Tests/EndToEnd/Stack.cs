using Segmentation.ServiceDefaults.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Segmentation.Compliance.V1;
using Segmentation.Events;
using Segmentation.Events.V1;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>The three real services in memory over one fresh migrated database, wired to each other
/// over gRPC, with "now" fixed at 2025-11-27 10:00 in Sydney (= 2025-11-26 23:00 UTC).</summary>
public sealed class Stack : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 11, 26, 23, 0, 0, TimeSpan.Zero);

    private readonly ServiceFactory<RequirementsServiceMarker> _requirements;
    private readonly ServiceFactory<EventsServiceMarker> _events;

    public ServiceFactory<ComplianceServiceMarker> Compliance { get; }
    public CallCounter RequirementsCalls { get; } = new();
    public CallCounter EventsCalls { get; } = new();
    public string ConnectionString { get; }

    private Stack(string connectionString, Action<ServiceFactory<ComplianceServiceMarker>>? configure)
    {
        ConnectionString = connectionString;
        var clock = new FixedTimeProvider(Now);
        _requirements = new ServiceFactory<RequirementsServiceMarker>(connectionString)
            .WithSetting("Logging:LogLevel:Default", "Warning")
            .WithServices(s => s.AddSingleton<TimeProvider>(clock));
        // Events runs a year later: the tests record completions of months after Now (asked about with a
        // later asOf), and Events refuses a completion date after its today.
        _events = new ServiceFactory<EventsServiceMarker>(connectionString)
            .WithSetting("Logging:LogLevel:Default", "Warning")
            .WithServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(Now.AddYears(1))))
            .WithUpstream<RequirementsService.RequirementsServiceClient>(() => _requirements.Server.CreateHandler());
        Compliance = new ServiceFactory<ComplianceServiceMarker>(connectionString)
            .WithSetting("Logging:LogLevel:Default", "Warning")
            .WithServices(s => s.AddSingleton<TimeProvider>(clock))
            .WithUpstream<RequirementsService.RequirementsServiceClient>(() => RequirementsCalls.Wrap(_requirements.Server.CreateHandler()))
            .WithUpstream<EventsService.EventsServiceClient>(() => EventsCalls.Wrap(_events.Server.CreateHandler()));
        configure?.Invoke(Compliance);
    }

    public static async Task<Stack> StartAsync(PostgresFixture postgres, Action<ServiceFactory<ComplianceServiceMarker>>? configure = null) =>
        new(await postgres.CreateMigratedDatabaseAsync(), configure);

    public ComplianceService.ComplianceServiceClient Scores(string? token = null) => new(Compliance.Channel(token ?? TestAuth.Admin));

    public RequirementsService.RequirementsServiceClient Requirements => new(_requirements.Channel(TestAuth.Admin));

    public EventsService.EventsServiceClient Events => new(_events.Channel(TestAuth.Admin));

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

    public async ValueTask DisposeAsync()
    {
        await Compliance.DisposeAsync();
        await _events.DisposeAsync();
        await _requirements.DisposeAsync();
    }
}
