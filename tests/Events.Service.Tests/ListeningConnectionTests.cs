using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>Issue 13: the pool does not reset connections (No Reset On Close), so a connection that
/// LISTENed must stop listening before another request gets it. With a pool of 2 (one held by the
/// directory listener), the next connection a request opens is the one the ended watch used.</summary>
public sealed class ListeningConnectionTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres, ("Database:MaxPoolSize", "2"));
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_watch_that_ended_leaves_no_pooled_connection_listening()
    {
        await ScheduleAsync("2025-04-01");
        var after = await _host.ScalarAsync<long>("SELECT max(position) FROM segmentation_event_changes");
        await ScheduleAsync("2025-04-02");
        using (var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        using (var call = _host.Client().WatchChanges(new WatchChangesRequest { AfterPosition = after }, cancellationToken: cancel.Token))
        {
            // The change is read after LISTEN, so the watch's connection is listening now.
            Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
            await cancel.CancelAsync();
        }

        var dataSource = _host.Events.Services.GetRequiredService<NpgsqlDataSource>();
        var listening = new List<long>();
        for (var i = 0; i < 2; i++)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            NpgsqlConnection connection;
            try { connection = await dataSource.OpenConnectionAsync(wait.Token); }
            catch (Exception ex) when (ex is OperationCanceledException or NpgsqlException) { break; }
            await using (connection)
            {
                await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_listening_channels()", connection);
                listening.Add((long)(await command.ExecuteScalarAsync())!);
            }
        }
        Assert.NotEmpty(listening);
        Assert.All(listening, channels => Assert.Equal(0, channels));
    }

    private Task<ScheduleEventResponse> ScheduleAsync(string date) =>
        _host.Client().ScheduleEventAsync(new ScheduleEventRequest
        {
            ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = date,
        }).ResponseAsync;
}
