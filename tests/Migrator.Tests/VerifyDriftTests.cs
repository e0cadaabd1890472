using DbUp.Engine.Output;

namespace Segmentation.Migrator.Tests;

/// <summary>`verify` on databases that do not meet the guide: every check reports expected and actual,
/// a missing table or column included, and the process exits 1 without a stack trace.</summary>
public sealed class VerifyDriftTests(PostgresFixture postgres)
{
    private static async Task<Dictionary<string, VerifyResult>> VerifyAsync(string connectionString) =>
        (await new MigrationRunner(connectionString, new NoOpUpgradeLog()).VerifyAsync(TestContext.Current.CancellationToken))
            .ToDictionary(r => r.Query.Name[..2]);

    [Fact]
    public async Task After_rollback_verify_reports_each_check_and_exits_1()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        (await MigratorProcess.RunAsync(connectionString, "rollback", "--yes")).Exits(0);

        var run = await MigratorProcess.RunAsync(connectionString, "verify");

        run.Exits(1);
        Assert.DoesNotContain("Unhandled exception", run.All);
        Assert.Contains("[MISMATCH] 01_tier_event_requirements_columns", run.Error);
        Assert.Contains("actual:   id\tuuid | tier_id\tuuid", run.Error);
        Assert.Contains("ERROR 42703: column \"segment\" does not exist", run.Error);
        Assert.Contains("ERROR 42P01: relation \"segmentation_events\" does not exist", run.Error);
        Assert.Contains("[OK] 04_event_types", run.Out);
        Assert.Contains("3 of 6 verification checks do not match", run.Error);
    }

    [Fact]
    public async Task A_missing_table_is_a_mismatch_in_every_check_that_reads_it()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await Drift.ApplyAsync(connectionString, Drift.DropRequirements);

        var results = await VerifyAsync(connectionString);

        Assert.True(results["01"].Fails);
        Assert.Equal("(no rows)", results["01"].ActualText);
        Assert.Equal("ERROR 42P01: relation \"tier_event_requirements\" does not exist", results["02"].ActualText);
        Assert.True(results["06"].Fails);
        Assert.False(results["04"].Fails);
        (await MigratorProcess.RunAsync(connectionString, "verify")).Exits(1);
    }

    [Fact]
    public async Task A_missing_column_and_missing_rows_are_reported_with_expected_and_actual()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await Drift.ApplyAsync(connectionString, """
            ALTER TABLE tier_event_requirements DROP COLUMN priority_level;
            DELETE FROM tier_event_requirements WHERE segment = 'Maintain' AND required_count_per_year = 0;
            """);

        var results = await VerifyAsync(connectionString);

        Assert.Equal("segment\tcharacter varying | event_type_id\tuuid | required_count_per_year\tinteger", results["01"].ActualText);
        Assert.Contains("Maintain\t8", results["02"].ActualRows);
        Assert.Equal(["68"], results["06"].ActualRows);
        Assert.Equal(["72"], results["06"].Query.ExpectedRows);
        Assert.Equal(3, results.Values.Count(r => r.Fails));
    }

    [Fact]
    public async Task An_informational_check_still_fails_when_its_table_is_missing()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await Drift.ApplyAsync(connectionString, Drift.AddEvent + "; DROP TABLE segmentation_events CASCADE");

        var results = await VerifyAsync(connectionString);

        Assert.True(results["03"].Query.IsInformational);
        Assert.True(results["03"].Fails);
    }
}
