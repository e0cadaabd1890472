using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Base of the service tests: a fresh migrated database per test class, the real service
/// in memory, and "now" fixed at 2025-11-27 10:00 in Sydney (= 2025-11-26 23:00 UTC).</summary>
public abstract class ServiceTest(PostgresFixture postgres) : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2025, 11, 26, 23, 0, 0, TimeSpan.Zero);

    protected ServiceFactory<RequirementsServiceMarker> Service { get; private set; } = null!;

    protected string ConnectionString { get; private set; } = "";

    protected RequirementsService.RequirementsServiceClient Admin => Client(TestAuth.Admin);

    protected RequirementsService.RequirementsServiceClient Client(string token) => new(Service.Channel(token));

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateMigratedDatabaseAsync();
        Service = new ServiceFactory<RequirementsServiceMarker>(ConnectionString)
            .WithServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)));
    }

    public virtual async ValueTask DisposeAsync() => await Service.DisposeAsync();

    protected async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("No value.");
    }

    protected async Task<Client> CreateClientAsync(string name, string segment, string cse = "Ana", string since = "2024-01-01") =>
        await Admin.CreateClientAsync(new CreateClientRequest { Name = name, Segment = segment, Cse = cse, SegmentSince = since });

    protected Task<Client> ChangeAsync(string name, string segment, string from, string notes = "") =>
        Admin.ChangeSegmentAsync(new ChangeSegmentRequest { Name = name, Segment = segment, EffectiveFrom = from, Notes = notes }).ResponseAsync;
}
