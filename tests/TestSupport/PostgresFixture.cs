using DbUp.Engine.Output;
using Npgsql;
using Segmentation.Migrator;
using Xunit;

namespace Segmentation.TestSupport;

/// <summary>One PostgreSQL server per test assembly, with a template database migrated once.
/// Each test class (or test) gets its own database copied from the template in milliseconds.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string TemplateName = "segmentation_template";
    private int _counter;

    public PostgresServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await PostgresServer.StartAsync();
        var result = new MigrationRunner(Server.ConnectionString(TemplateName), new NoOpUpgradeLog()).Up();
        if (!result.Successful) throw new InvalidOperationException("Template migration failed.", result.Error);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A new database with the whole migration chain applied; returns its connection string.</summary>
    public Task<string> CreateMigratedDatabaseAsync() => CreateDatabaseAsync(TemplateName);

    /// <summary>A new empty database (no migrations); returns its connection string.</summary>
    public Task<string> CreateEmptyDatabaseAsync() => CreateDatabaseAsync("template0");

    private async Task<string> CreateDatabaseAsync(string template)
    {
        var name = $"test_{Interlocked.Increment(ref _counter)}_{Guid.NewGuid():N}"[..30];
        await using var connection = new NpgsqlConnection(Server.ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", connection);
        await command.ExecuteNonQueryAsync();
        return Server.ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
    }
}
