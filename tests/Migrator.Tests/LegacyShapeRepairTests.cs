namespace Segmentation.Migrator.Tests;

/// <summary>The guide's "column segment does not exist" case: tier_event_requirements has the legacy
/// shape (tier_id) again. Step 2.1 is re-run only when that cannot lose a backup row.</summary>
public sealed class LegacyShapeRepairTests(PostgresFixture postgres)
{
    [Fact]
    public async Task After_the_migrators_rollback_repair_migrates_forward_again()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        (await MigratorProcess.RunAsync(connectionString, "rollback", "--yes")).Exits(0);

        var run = await MigratorProcess.RunAsync(connectionString, "repair");

        run.Exits(0);
        Assert.Contains("nothing to repair in the applied scripts", run.Out);
        Assert.Contains("Verified: all 6 checks", run.Out);
        Assert.Equal(72, await Drift.CountAsync(connectionString, "tier_event_requirements_backup"));
    }

    [Fact]
    public async Task After_the_guides_rollback_sql_by_hand_repair_reruns_step_2_1_and_names_the_way_back()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await Drift.ApplyAsync(connectionString, Drift.GuideRollbackByHand);

        var repair = await MigratorProcess.RunAsync(connectionString, "repair");

        repair.Exits(1);
        Assert.Contains("legacy shape (tier_id); re-ran guide step 2.1: its 72 row(s) are now tier_event_requirements_backup", repair.Out);
        Assert.Contains("segmentation_events: missing", repair.Out);
        Assert.Contains("[OK] 01_tier_event_requirements_columns", repair.Out);
        Assert.Contains("[MISMATCH] 03_segmentation_events_empty", repair.Error);
        Assert.Equal(72, await Drift.CountAsync(connectionString, "tier_event_requirements"));

        (await MigratorProcess.RunAsync(connectionString, "rollback", "--yes")).Exits(0);
        var up = await MigratorProcess.RunAsync(connectionString, "up");
        up.Exits(0);
        Assert.Equal(72, await Drift.CountAsync(connectionString, "tier_event_requirements_backup"));
    }

    [Fact]
    public async Task A_legacy_table_missing_backup_rows_is_refused_and_nothing_changes()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await Drift.ApplyAsync(connectionString, Drift.GuideRollbackByHand + """
            DELETE FROM tier_event_requirements WHERE required_count = 12;
            """);
        var legacyRows = await Drift.CountAsync(connectionString, "tier_event_requirements");

        var run = await MigratorProcess.RunAsync(connectionString, "repair");

        run.Exits(1);
        Assert.Contains("Repair changed nothing:", run.Error);
        Assert.Contains("re-running step 2.1 would overwrite the backup", run.Error);
        Assert.Equal(legacyRows, await Drift.CountAsync(connectionString, "tier_event_requirements"));
        Assert.True(legacyRows < 72);
        Assert.Equal(72, await Drift.CountAsync(connectionString, "tier_event_requirements_backup"));
    }
}
