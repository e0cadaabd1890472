using Dapper;
using DbUp.Engine.Output;
using Npgsql;
using Segmentation.TestSupport;

namespace Segmentation.Migrator.Tests;

public sealed class FreshDatabaseTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_fresh_database_gets_the_whole_chain_in_order()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        var runner = new MigrationRunner(connectionString, new NoOpUpgradeLog());

        var result = runner.Up();

        Assert.True(result.Successful, result.Error?.Message);
        Assert.Equal(MigrationScripts.Migrations.Select(s => s.Name), runner.Executed());
        Assert.Empty(runner.Pending());
    }

    [Fact]
    public async Task Running_the_migrator_again_applies_nothing()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        var runner = new MigrationRunner(connectionString, new NoOpUpgradeLog());

        var again = runner.Up();

        Assert.True(again.Successful);
        Assert.Empty(again.Scripts);
        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(72, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM tier_event_requirements"));
    }

    [Fact]
    public async Task Every_verification_query_gives_the_guides_answer()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();

        var results = await new MigrationRunner(connectionString, new NoOpUpgradeLog()).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.Equal(6, results.Count);
        Assert.All(results, r => Assert.True(r.Matches, $"{r.Query.Name}: {string.Join(" | ", r.ActualRows)}"));
    }
}
