using DbUp.Engine.Output;

namespace Segmentation.Migrator.Tests;

/// <summary>`up` applies, then verifies: a database that does not meet the guide fails the process (exit 1),
/// which is what stops the AppHost's services (they wait for the migrator to finish with exit code 0).</summary>
public sealed class UpVerifiesTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Up_fails_when_the_journal_says_done_but_tier_event_requirements_is_missing()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await Drift.ApplyAsync(connectionString, Drift.DropRequirements);

        var run = await MigratorProcess.RunAsync(connectionString, "up");

        run.Exits(1);
        Assert.Contains("Applied 0 script(s).", run.Out);
        Assert.Contains("[MISMATCH] 02_tier_event_requirements_per_segment", run.Error);
        Assert.Contains("`repair`", run.Error);
    }

    [Fact]
    public async Task Seeding_without_all_12_event_types_is_a_foreign_key_violation_and_up_fails()
    {
        var connectionString = await SeedStepWithoutEventTypeAsync(postgres, "CE_ONSITE");

        var run = await MigratorProcess.RunAsync(connectionString, "up");

        run.Exits(1);
        Assert.Contains($"Migration failed in {DriftRepair.Step22}", run.Error);
        Assert.Contains("segmentation_event_types lacks CE_ONSITE", run.Error);
        Assert.Equal(0, await Drift.CountAsync(connectionString, "tier_event_requirements"));
        Assert.Contains(DriftRepair.Step22, new MigrationRunner(connectionString, new NoOpUpgradeLog()).Pending());
    }

    [Fact]
    public async Task Demo_data_is_not_loaded_into_a_database_that_fails_verification()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await Drift.ApplyAsync(connectionString, "DELETE FROM tier_event_requirements WHERE segment = 'Giant'");

        var run = await MigratorProcess.RunAsync(connectionString, "up", "--demo-data");

        run.Exits(1);
        Assert.Equal(0, await Drift.CountAsync(connectionString, "nps_clients"));
    }

    /// <summary>Guide steps in order up to 2.1, then an event type lost before step 2.2 seeds.</summary>
    public static async Task<string> SeedStepWithoutEventTypeAsync(PostgresFixture postgres, string code)
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        var throughStep21 = MigrationScripts.Migrations.Where(s => string.CompareOrdinal(s.Name, DriftRepair.Step21) <= 0);
        Assert.True(new MigrationRunner(connectionString, new NoOpUpgradeLog()).Up(throughStep21).Successful);
        await Drift.ApplyAsync(connectionString, Drift.RemoveEventType(code));
        return connectionString;
    }
}
