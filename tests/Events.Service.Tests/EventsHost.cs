using Dapper;
using Npgsql;
using Segmentation.Events.V1;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>Events.Service and the Requirements.Service it resolves clients and event types through,
/// both in memory (<see cref="InMemorySystem"/>) over one fresh migrated database, with a few clients of two CSEs.</summary>
public sealed class EventsHost : IAsyncDisposable
{
    public const string AnaClient = "Barwon Health";
    public const string AnaOtherClient = "Epworth";
    public const string BenClient = "WA Health";
    public static readonly string Ana = TestAuth.Cse("Ana");
    public static readonly string Ben = TestAuth.Cse("Ben");

    private readonly InMemorySystem _system;

    public ServiceFactory<EventsServiceMarker> Events => _system.Service<EventsServiceMarker>();
    public string ConnectionString => _system.ConnectionString;

    private EventsHost(string connectionString, (string Key, string Value)[] settings)
    {
        var builder = InMemorySystem.On(connectionString);
        foreach (var (key, value) in settings) builder.WithSetting(key, value);
        _system = builder
            .Add<RequirementsServiceMarker, RequirementsService.RequirementsServiceClient>()
            .Add<EventsServiceMarker, EventsService.EventsServiceClient>()
            .Build();
    }

    public static async Task<EventsHost> StartAsync(PostgresFixture postgres, params (string Key, string Value)[] settings)
    {
        // A longer connect timeout: on a loaded 2-core machine opening a backend can exceed Npgsql's 15 s.
        var connectionString = await postgres.CreateMigratedDatabaseAsync() + ";Timeout=60";
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.ExecuteAsync("""
                INSERT INTO nps_clients (client_name, segment, cse) VALUES
                ('Barwon Health', 'Maintain', 'Ana'), ('Epworth', 'Maintain', 'Ana'), ('WA Health', 'Sleeping Giant', 'Ben')
                """);
        }
        return new EventsHost(connectionString, settings);
    }

    public EventsService.EventsServiceClient Client(string? token = null) => _system.GrpcClient<EventsService.EventsServiceClient>(token ?? TestAuth.Admin);

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("no value");
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.ExecuteAsync(sql, parameters);
    }

    public Task<long> EventCountAsync() => ScalarAsync<long>("SELECT count(*) FROM segmentation_events");

    public ValueTask DisposeAsync() => _system.DisposeAsync();
}
