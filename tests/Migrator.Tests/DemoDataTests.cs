using Dapper;
using Npgsql;
using Segmentation.Migrator.Demo;
using Segmentation.TestSupport;

namespace Segmentation.Migrator.Tests;

public sealed class DemoDataTests(PostgresFixture postgres)
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public async Task The_demo_data_set_holds_the_2025_portfolio_its_september_changes_and_aliases()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();

        var loaded = await new DemoDataLoader(connectionString, ["Ana", "Ben"], Today).LoadIfEmptyAsync(TestContext.Current.CancellationToken);

        Assert.True(loaded);
        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(18, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM nps_clients"));
        Assert.Equal(["Ana", "Ben"], await connection.QueryAsync<string>("SELECT DISTINCT cse FROM nps_clients ORDER BY 1"));
        var wa = (await connection.QueryAsync<(string Tier, DateOnly From, DateOnly? To)>("""
            SELECT t.tier_name, s.effective_from, s.effective_to FROM client_segmentation s
            JOIN segmentation_tiers t ON t.id = s.tier_id WHERE s.client_name = 'WA Health' ORDER BY s.effective_from
            """)).ToList();
        Assert.Equal([("Nurture", new DateOnly(2025, 1, 1), new DateOnly(2025, 8, 31)), ("Sleeping Giant", new DateOnly(2025, 9, 1), (DateOnly?)null)], wa);
        Assert.Equal("Te Whatu Ora Waikato", await connection.ExecuteScalarAsync<string>("SELECT client_name FROM client_aliases WHERE alias = 'Waikato'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM segmentation_events WHERE source <> 'demo'"));
        Assert.True(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM segmentation_events WHERE completed") > 500);
        Assert.True(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM segmentation_events WHERE NOT completed AND event_date > '2026-11-25'") > 0);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM segmentation_events WHERE completed AND event_date > '2026-11-25'"));
    }

    [Fact]
    public async Task The_demo_data_set_is_never_loaded_into_a_database_that_has_clients()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("INSERT INTO nps_clients (client_name, segment, cse) VALUES ('Real Client', 'Giant', 'Someone')");

        var loaded = await new DemoDataLoader(connectionString, ["Ana"], Today).LoadIfEmptyAsync(TestContext.Current.CancellationToken);

        Assert.False(loaded);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM nps_clients"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM segmentation_events"));
    }
}
