using DbUp.Engine.Output;
using Segmentation.Migrator;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>The Events migrations (020–029) and their rollback files (120–129) survive rollback then up.</summary>
public sealed class MigrationTests(PostgresFixture postgres)
{
    private const string TablesSql = """
        SELECT count(*) FROM information_schema.tables
        WHERE table_name IN ('segmentation_event_changes', 'segmentation_event_request_keys')
        """;

    [Fact]
    public async Task Rollback_drops_the_events_tables_and_up_recreates_them()
    {
        await using var host = await EventsHost.StartAsync(postgres);
        var runner = new MigrationRunner(host.ConnectionString, new NoOpUpgradeLog());

        await runner.RollbackAsync();
        Assert.Equal(0, await host.ScalarAsync<long>(TablesSql));

        Assert.True(runner.Up().Successful);
        Assert.Equal(2, await host.ScalarAsync<long>(TablesSql));
        Assert.Equal(1, await host.ScalarAsync<long>(
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'segmentation_events_completed_client_date_idx'"));
    }
}
