using Dapper;
using DbUp.Engine;
using DbUp.Engine.Output;
using Npgsql;
using Segmentation.TestSupport;

namespace Segmentation.Migrator.Tests;

/// <summary>A database in the state the guide finds it in: the old dashboard's schema with its own rows,
/// and no migration journal.</summary>
public sealed class LegacyDatabaseTests(PostgresFixture postgres)
{
    private static readonly string[] Baseline = ["001_legacy_baseline", "002_seed_event_types_and_tiers"];

    private static async Task<string> LegacyDatabaseAsync(PostgresFixture postgres)
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        // Build the legacy state by hand, as production has it: baseline scripts without a journal,
        // then a legacy edit that only exists in that database.
        await using var connection = new NpgsqlConnection(connectionString);
        foreach (var script in MigrationScripts.Migrations.Where(s => Baseline.Contains(s.Name)))
        {
            await connection.ExecuteAsync(script.Contents);
        }
        await connection.ExecuteAsync("""
            UPDATE tier_event_requirements SET required_count = 7
            WHERE event_type_id = (SELECT id FROM segmentation_event_types WHERE event_code = 'INSIGHT_TP')
              AND tier_id = (SELECT id FROM segmentation_tiers WHERE tier_name = 'Giant')
            """);
        return connectionString;
    }

    private static Task<List<(string Tier, string Code, int Count)>> LegacyRowsAsync(NpgsqlConnection connection, string table) =>
        connection.QueryAsync<(string, string, int)>($"""
            SELECT t.tier_name, e.event_code, r.required_count FROM {table} r
            JOIN segmentation_tiers t ON t.id = r.tier_id JOIN segmentation_event_types e ON e.id = r.event_type_id
            ORDER BY 1, 2
            """).ContinueWith(t => t.Result.ToList());

    [Fact]
    public async Task A_legacy_database_migrates_and_the_backup_holds_its_own_rows()
    {
        var connectionString = await LegacyDatabaseAsync(postgres);
        await using var connection = new NpgsqlConnection(connectionString);
        var before = await LegacyRowsAsync(connection, "tier_event_requirements");

        var result = new MigrationRunner(connectionString, new NoOpUpgradeLog()).Up();

        Assert.True(result.Successful, result.Error?.Message);
        Assert.Equal(72, before.Count);
        Assert.Equal(before, await LegacyRowsAsync(connection, "tier_event_requirements_backup"));
        Assert.Contains(before, r => r is { Tier: "Giant", Code: "INSIGHT_TP", Count: 7 });
        Assert.Equal(72, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM tier_event_requirements WHERE segment IS NOT NULL"));
    }

    [Fact]
    public async Task The_baseline_changes_nothing_on_a_database_that_already_has_the_legacy_schema()
    {
        var connectionString = await LegacyDatabaseAsync(postgres);
        await using var connection = new NpgsqlConnection(connectionString);
        var before = await LegacyRowsAsync(connection, "tier_event_requirements");

        var baselineOnly = MigrationScripts.Migrations.Where(s => Baseline.Contains(s.Name));
        var result = new MigrationRunner(connectionString, new NoOpUpgradeLog()).Up(baselineOnly);

        Assert.True(result.Successful, result.Error?.Message);
        Assert.Equal(before, await LegacyRowsAsync(connection, "tier_event_requirements"));
        Assert.Equal(12, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM segmentation_event_types"));
        Assert.Equal(6, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM segmentation_tiers"));
    }
}
