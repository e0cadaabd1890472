using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Dapper;
using Npgsql;
using Segmentation.Bench.Portfolio;
using Segmentation.Faults.Processes;
using Segmentation.Migrator;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.TestSupport;

namespace Segmentation.Bench.System;

/// <summary>A durable scratch PostgreSQL (fsync and synchronous_commit on, as in production) on a free
/// port, migrated and loaded with bench/portfolio's data set, and the four services as processes.</summary>
public sealed class BenchSystem : IAsyncDisposable
{
    public PostgresServer Postgres { get; private set; } = null!;

    public SystemProcesses Processes { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public string Token { get; private set; } = "";

    /// <summary>Signs more tokens with the key the services trust (the dashboard bench's CSE).</summary>
    public TokenIssuer Issuer { get; private set; } = null!;

    public BenchData Data { get; private set; } = null!;

    private static BenchSystem? _current;

    /// <summary>Ctrl+C or SIGTERM stops the services and PostgreSQL instead of leaving them orphaned.</summary>
    private static List<PosixSignalRegistration>? _signals;

    private static void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        Console.Error.WriteLine($"{context.Signal}: stopping the services and PostgreSQL …");
        _current?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Environment.Exit(130);
    }

    public static async Task<BenchSystem> StartAsync(int clients, int events, DateOnly asOf, Action<string> log)
    {
        _signals ??= [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];
        var system = new BenchSystem();
        _current = system;
        var watch = Stopwatch.StartNew();
        system.Postgres = await PostgresServer.StartAsync(PostgresServerOptions.Durable with { DirectoryPrefix = "segmentation-bench-pg-" });
        await using (var admin = new NpgsqlConnection(system.Postgres.ConnectionString()))
            await admin.ExecuteAsync("CREATE DATABASE segmentation");
        system.ConnectionString = system.Postgres.ConnectionString("segmentation");
        var migrated = new MigrationRunner(system.ConnectionString, new DbUp.Engine.Output.NoOpUpgradeLog()).Up();
        if (!migrated.Successful) throw new InvalidOperationException("Migration failed.", migrated.Error);
        log($"PostgreSQL (durable) on port {system.Postgres.Port}, migrated in {watch.Elapsed.TotalSeconds:0.0} s");

        watch.Restart();
        List<Guid> typeIds;
        await using (var connection = new NpgsqlConnection(system.ConnectionString))
            typeIds = (await connection.QueryAsync<Guid>("SELECT id FROM segmentation_event_types ORDER BY event_code")).ToList();
        system.Data = DataGenerator.Generate(clients, events, typeIds, asOf);
        var changed = system.Data.Clients.Count(c => c.Periods.Count > 1);
        var completed = system.Data.Events.Count(e => e.Completed);
        log($"generated {system.Data.Clients.Count:N0} clients ({changed:N0} = {100.0 * changed / clients:0.0} % changed segment in {DataGenerator.Year}), " +
            $"{system.Data.Events.Count:N0} events ({100.0 * completed / system.Data.Events.Count:0.0} % completed) in {watch.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        await CopyLoader.LoadAsync(system.ConnectionString, system.Data);
        log($"loaded with COPY in {watch.Elapsed.TotalSeconds:0.0} s");

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        system.Issuer = new TokenIssuer(new AuthOptions { SigningKey = key });
        system.Token = system.Issuer.Issue("bench-admin", Roles.Admin);
        system.Processes = new SystemProcesses(system.ConnectionString, key, new Dictionary<string, string>
        {
            // The benchmark measures the system's capacity, not the per-user write and read limits.
            ["RateLimiting__Writes__PermitsPerMinute"] = "60000000",
            ["RateLimiting__Writes__Burst"] = "1000000",
            ["RateLimiting__Reads__PermitsPerMinute"] = "60000000",
            ["RateLimiting__Reads__Burst"] = "1000000",
            ["RateLimiting__Reads__ConcurrentRequests"] = "100000",
            // The dashboard's files: a build output has no wwwroot (only a published one does), and outside
            // Development the static web assets manifest is not read.
            ["ASPNETCORE_WEBROOT"] = Path.Combine(Repository.Root, "src", "Gateway", "wwwroot"),
            // One gateway, as ./run.sh starts it: its buckets in memory (RATE_LIMIT_STORE=Database measures the shared table).
            ["RateLimiting__Store"] = Environment.GetEnvironmentVariable("RATE_LIMIT_STORE") ?? "Memory",
        });
        watch.Restart();
        await system.Processes.StartAsync(TimeSpan.FromSeconds(120));
        log($"services started (Release builds, one process each) in {watch.Elapsed.TotalSeconds:0.0} s; logs in {system.Processes.LogDirectory}");
        return system;
    }

    public async ValueTask DisposeAsync()
    {
        if (Processes is not null) await Processes.DisposeAsync();
        if (Postgres is not null) await Postgres.DisposeAsync();
    }
}
