using Dapper;
using DbUp.Engine.Output;
using Npgsql;
using Segmentation.TestSupport;

namespace Segmentation.Migrator.Tests;

public sealed class RollbackTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Rollback_restores_the_legacy_table_with_72_rows_and_drops_the_event_tables()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        var runner = new MigrationRunner(connectionString, new NoOpUpgradeLog());

        await runner.RollbackAsync(TestContext.Current.CancellationToken);

        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(72, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM tier_event_requirements"));
        Assert.True(await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'tier_event_requirements' AND column_name = 'tier_id')"));
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT to_regclass('segmentation_events')::text"));
        Assert.Equal(72, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM tier_event_requirements_backup"));
        Assert.Equal(["001_legacy_baseline", "002_seed_event_types_and_tiers"], runner.Executed());
    }

    [Fact]
    public async Task After_a_rollback_up_migrates_forward_again_and_verifies()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        var runner = new MigrationRunner(connectionString, new NoOpUpgradeLog());
        await runner.RollbackAsync(TestContext.Current.CancellationToken);

        var result = runner.Up();

        Assert.True(result.Successful, result.Error?.Message);
        Assert.Empty(runner.Pending());
        var verify = await runner.VerifyAsync(TestContext.Current.CancellationToken);
        Assert.All(verify, r => Assert.True(r.Matches, $"{r.Query.Name}: {string.Join(" | ", r.ActualRows)}"));
    }
}
