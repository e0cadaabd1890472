using Dapper;
using Npgsql;
using Segmentation.Faults.Load;
using Segmentation.Faults.Processes;
using Segmentation.Migrator;
using Segmentation.TestSupport;

namespace Segmentation.Faults;

/// <summary>A crash-safe PostgreSQL (synchronous_commit on) with the migrated database, a few clients,
/// and the four services as real processes. The gateway's write rate limit is lifted: these tests
/// measure the system, not the limiter.</summary>
public sealed class FaultSystem : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    public PostgresServer Postgres { get; private set; } = null!;

    public SystemProcesses Processes { get; private set; } = null!;

    public Gateway Gateway { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public IReadOnlyList<string> Clients { get; } = Enumerable.Range(1, 40).Select(i => $"Fault Client {i:000}").ToArray();

    public async ValueTask InitializeAsync()
    {
        Postgres = await PostgresServer.StartAsync(PostgresServerOptions.CrashSafe);
        await using (var admin = new NpgsqlConnection(Postgres.ConnectionString()))
            await admin.ExecuteAsync("CREATE DATABASE segmentation");
        ConnectionString = Postgres.ConnectionString("segmentation");
        var migrated = new MigrationRunner(ConnectionString, new DbUp.Engine.Output.NoOpUpgradeLog()).Up();
        if (!migrated.Successful) throw new InvalidOperationException("Migration failed.", migrated.Error);
        await using (var connection = new NpgsqlConnection(ConnectionString))
            await connection.ExecuteAsync("INSERT INTO nps_clients (client_name, segment, cse) SELECT unnest(@Clients), 'Maintain', 'Fault CSE'", new { Clients });

        Processes = new SystemProcesses(ConnectionString, TestAuth.Options.SigningKey, new Dictionary<string, string>
        {
            ["RateLimiting__Writes__PermitsPerMinute"] = "6000000",
            ["RateLimiting__Writes__Burst"] = "100000",
            ["RateLimiting__Reads__PermitsPerMinute"] = "60000000",
            ["RateLimiting__Reads__Burst"] = "1000000",
            ["RateLimiting__Reads__ConcurrentRequests"] = "100000",
        });
        await Processes.StartAsync(StartTimeout);
        Gateway = new Gateway(Processes.GatewayUrl, TestAuth.Admin);
    }

    public NpgsqlConnection Open() => new(ConnectionString + ";Pooling=false");

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        if (Processes is not null) await Processes.DisposeAsync();
        if (Postgres is not null) await Postgres.DisposeAsync();
    }
}
