using Dapper;
using Npgsql;

namespace Segmentation.Migrator.Tests;

/// <summary>The real executable with the connection string in the environment, as the AppHost sets it:
/// help and usage errors print usage and leave the database untouched.</summary>
public sealed class CliProcessTests(PostgresFixture postgres)
{
    private static async Task<long> TableCountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_prints_usage_exits_0_and_touches_nothing(string arg)
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();

        var run = await MigratorProcess.RunAsync(connectionString, arg);

        run.Exits(0);
        Assert.Contains("Usage: Migrator <command>", run.Out);
        Assert.Contains("repair", run.Out);
        Assert.Equal(0, await TableCountAsync(connectionString));
    }

    [Theory]
    [InlineData("", "No command given")]
    [InlineData("migrate", "Unknown command 'migrate'")]
    [InlineData("up --dry-run", "Unknown option '--dry-run'")]
    public async Task No_or_unknown_command_prints_usage_exits_2_and_touches_nothing(string line, string reason)
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();

        var run = await MigratorProcess.RunAsync(connectionString, line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        run.Exits(2);
        Assert.Contains(reason, run.Error);
        Assert.Contains("Usage: Migrator <command>", run.Error);
        Assert.Equal(0, await TableCountAsync(connectionString));
    }

    [Fact]
    public async Task Help_needs_no_database_at_all()
    {
        var run = await MigratorProcess.RunAsync("Host=192.0.2.1;Port=1;Timeout=1", "--help");

        run.Exits(0);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Up_on_a_fresh_database_applies_the_chain_verifies_and_exits_0()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();

        var run = await MigratorProcess.RunAsync(connectionString, "up");

        run.Exits(0);
        Assert.Contains($"Applied {MigrationScripts.Migrations.Count} script(s).", run.Out);
        Assert.Contains("Verified: all 6 checks of the migration guide hold.", run.Out);
    }

    [Theory]
    [InlineData("up", "Host=127.0.0.1;Port=1;Timeout=2;Database=x")]
    [InlineData("status", "Host=127.0.0.1;Port=1;Timeout=2;Database=x")]
    [InlineData("verify", "Host=127.0.0.1;Port=1;Timeout=2;Database=x")]
    [InlineData("repair", "Host=127.0.0.1;Port=1;Timeout=2;Database=x")]
    [InlineData("status", "Host=127.0.0.1;Port=1")]
    [InlineData("up", "Hots=127.0.0.1")]
    public async Task An_unreachable_database_or_a_bad_connection_string_is_a_reported_failure_not_a_crash(string command, string connection)
    {
        var run = await MigratorProcess.RunAsync(null, command, "--connection", connection);

        run.Exits(1);
        Assert.Contains($"{command} failed:", run.Error);
        Assert.DoesNotContain("Unhandled exception", run.All);
    }
}
