namespace Segmentation.Migrator.Tests;

/// <summary>The guide's troubleshooting run end to end with the real executable: each drift, then
/// `repair`, then the guide's expected state (verify exits 0) with events and the backup kept.</summary>
public sealed class RepairTests(PostgresFixture postgres)
{
    private async Task<string> MigratedWithAnEventAsync()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await Drift.ApplyAsync(connectionString, Drift.AddEvent);
        return connectionString;
    }

    private static async Task AssertGuideStateAsync(string connectionString, long events = 1)
    {
        Assert.Equal(72, await Drift.CountAsync(connectionString, "tier_event_requirements"));
        Assert.Equal(72, await Drift.CountAsync(connectionString, "tier_event_requirements_backup"));
        Assert.Equal(12, await Drift.CountAsync(connectionString, "segmentation_event_types"));
        Assert.Equal(events, await Drift.CountAsync(connectionString, "segmentation_events"));
        (await MigratorProcess.RunAsync(connectionString, "verify")).Exits(0);
    }

    [Fact]
    public async Task Dropped_tier_event_requirements_is_recreated_and_reseeded()
    {
        var connectionString = await MigratedWithAnEventAsync();
        await Drift.ApplyAsync(connectionString, Drift.DropRequirements);
        (await MigratorProcess.RunAsync(connectionString, "up")).Exits(1);

        var run = await MigratorProcess.RunAsync(connectionString, "repair");

        run.Exits(0);
        Assert.Contains("repair: tier_event_requirements: missing; re-created by guide step 2.1.", run.Out);
        Assert.Contains("repair: tier_event_requirements: inserted 72 missing row(s)", run.Out);
        Assert.Contains("Verified: all 6 checks", run.Out);
        await AssertGuideStateAsync(connectionString);
        (await MigratorProcess.RunAsync(connectionString, "up")).Exits(0);
    }

    [Fact]
    public async Task Missing_rows_come_back_and_edited_rows_stay_as_they_are()
    {
        var connectionString = await MigratedWithAnEventAsync();
        await Drift.ApplyAsync(connectionString, """
            DELETE FROM tier_event_requirements WHERE segment = 'Giant';
            UPDATE tier_event_requirements SET required_count_per_year = 9 WHERE segment = 'Nurture' AND required_count_per_year = 12;
            """);

        var run = await MigratorProcess.RunAsync(connectionString, "repair");

        run.Exits(0);
        Assert.Contains("inserted 12 missing row(s)", run.Out);
        await AssertGuideStateAsync(connectionString);
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        Assert.Equal(1, await Dapper.SqlMapper.ExecuteScalarAsync<int>(connection,
            "SELECT count(*) FROM tier_event_requirements WHERE segment = 'Nurture' AND required_count_per_year = 9"));
    }

    [Fact]
    public async Task A_missing_event_type_that_failed_the_seed_is_restored_and_the_chain_completes()
    {
        var connectionString = await UpVerifiesTests.SeedStepWithoutEventTypeAsync(postgres, "CE_ONSITE");
        (await MigratorProcess.RunAsync(connectionString, "up")).Exits(1);

        var run = await MigratorProcess.RunAsync(connectionString, "repair");

        run.Exits(0);
        Assert.Contains("restored 1 missing event type(s): CE_ONSITE", run.Out);
        // The seed failed at step 2.2 (004), so everything from 004 on was still pending.
        var pending = MigrationScripts.Migrations.Count(s => string.CompareOrdinal(s.Name, "004") >= 0);
        Assert.Contains($"Applied {pending} script(s).", run.Out);
        await AssertGuideStateAsync(connectionString, events: 0);
    }

    [Fact]
    public async Task A_missing_event_type_of_a_migrated_database_comes_back_with_its_rows()
    {
        var connectionString = await MigratedWithAnEventAsync();
        await Drift.ApplyAsync(connectionString, Drift.RemoveEventType("WHITESPACE"));

        var run = await MigratorProcess.RunAsync(connectionString, "repair");

        run.Exits(0);
        Assert.Contains("restored 1 missing event type(s): WHITESPACE", run.Out);
        Assert.Contains("inserted 6 missing row(s)", run.Out);
        await AssertGuideStateAsync(connectionString);
    }

    [Fact]
    public async Task A_table_with_a_missing_column_is_kept_aside_and_the_guides_table_recreated()
    {
        var connectionString = await MigratedWithAnEventAsync();
        await Drift.ApplyAsync(connectionString, "ALTER TABLE tier_event_requirements DROP COLUMN priority_level");

        var run = await MigratorProcess.RunAsync(connectionString, "repair");

        run.Exits(0);
        var aside = System.Text.RegularExpressions.Regex.Match(run.Out, "kept as (tier_event_requirements_damaged_\\d{14})").Groups[1].Value;
        Assert.Equal(72, await Drift.CountAsync(connectionString, aside));
        await AssertGuideStateAsync(connectionString);
    }

    [Fact]
    public async Task Repairing_a_healthy_database_changes_nothing()
    {
        var connectionString = await MigratedWithAnEventAsync();

        var run = await MigratorProcess.RunAsync(connectionString, "repair");

        run.Exits(0);
        Assert.Contains("repair: nothing to repair in the applied scripts.", run.Out);
        Assert.Contains("Applied 0 script(s).", run.Out);
        await AssertGuideStateAsync(connectionString);
    }
}
