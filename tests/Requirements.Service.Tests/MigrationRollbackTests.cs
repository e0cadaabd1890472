using Dapper;
using DbUp.Engine.Output;
using Npgsql;
using Segmentation.Migrator;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Migrations 010-013 and rollbacks 110-113: `rollback` then `up` works on a database in use.</summary>
public sealed class MigrationRollbackTests(PostgresFixture postgres)
{
    private static readonly string[] Tables = ["client_aliases", "client_event_exclusions", "tier_event_requirements_audit"];

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>(sql, new { Tables });
    }

    [Fact]
    public async Task Rollback_drops_the_requirements_tables_and_up_restores_them()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.ExecuteAsync("""
                INSERT INTO nps_clients (client_name, segment) VALUES ('A', 'Giant');
                INSERT INTO client_aliases (alias, client_name) VALUES ('AA', 'A');
                INSERT INTO client_segmentation (client_name, tier_id, effective_from)
                SELECT 'A', id, '2024-01-01' FROM segmentation_tiers WHERE tier_name = 'Giant';
                """);
        }
        const string tableCount = "SELECT count(*) FROM information_schema.tables WHERE table_name = ANY(@Tables)";
        const string constraintCount = "SELECT count(*) FROM pg_constraint WHERE conname LIKE 'client_segmentation_%' AND contype IN ('x', 'c')";
        var runner = new MigrationRunner(connectionString, new NoOpUpgradeLog());

        await runner.RollbackAsync(TestContext.Current.CancellationToken);
        var tablesAfterRollback = await CountAsync(connectionString, tableCount);
        var constraintsAfterRollback = await CountAsync(connectionString, constraintCount);
        var up = runner.Up();

        Assert.Equal((0, 0), (tablesAfterRollback, constraintsAfterRollback));
        Assert.True(up.Successful, up.Error?.Message);
        Assert.Equal(3, await CountAsync(connectionString, tableCount));
        Assert.Equal(2, await CountAsync(connectionString, constraintCount));
        Assert.Empty(runner.Pending());
    }
}
