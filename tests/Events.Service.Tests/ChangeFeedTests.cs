using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

public sealed class ChangeFeedTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await EventsHost.StartAsync(postgres);
        // A long poll interval: a prompt delivery can then only come from LISTEN/NOTIFY.
        _host.Events.WithSetting("Events:WatchPollSeconds", "120");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<Event> ScheduleAsync(string date) =>
        (await _host.Client().ScheduleEventAsync(new ScheduleEventRequest
        {
            ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = date,
        })).Event;

    private static async Task<List<EventChange>> TakeAsync(IAsyncStreamReader<EventChange> stream, int count, CancellationToken ct)
    {
        var changes = new List<EventChange>();
        while (changes.Count < count && await stream.MoveNext(ct)) changes.Add(stream.Current);
        return changes;
    }

    [Fact]
    public async Task Changes_made_while_no_one_listens_are_delivered_in_order_on_resume()
    {
        var first = await ScheduleAsync("2025-04-01");
        var after = await _host.ScalarAsync<long>("SELECT max(position) FROM segmentation_event_changes");
        await _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = first.Id, CompletedDate = "2025-04-01" });
        await _host.Client().UpdateEventAsync(new UpdateEventRequest { Id = first.Id, EventDate = "2025-04-02" });
        await _host.Client().DeleteEventAsync(new DeleteEventRequest { Id = first.Id });

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = _host.Client().WatchChanges(new WatchChangesRequest { AfterPosition = after }, cancellationToken: timeout.Token);
        var changes = await TakeAsync(call.ResponseStream, 3, timeout.Token);

        Assert.Equal(["completed", "rescheduled", "deleted"], changes.Select(c => c.Kind));
        Assert.All(changes, c => Assert.Equal((first.Id, "Barwon Health"), (c.EventId, c.ClientName)));
        Assert.Equal(("2025-04-02", "2025-04-01"), (changes[1].EventDate, changes[1].PreviousEventDate));
        Assert.Equal(changes.Select(c => c.Position).Order(), changes.Select(c => c.Position));
    }

    [Fact]
    public async Task A_watcher_gets_a_new_change_as_soon_as_it_commits()
    {
        await ScheduleAsync("2025-04-01");
        var after = await _host.ScalarAsync<long>("SELECT max(position) FROM segmentation_event_changes");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(100));
        using var call = _host.Client().WatchChanges(new WatchChangesRequest { AfterPosition = after }, cancellationToken: timeout.Token);
        // Let the watcher reach its wait before writing (the write would be delivered anyway, from the outbox).
        var pending = TakeAsync(call.ResponseStream, 2, timeout.Token);
        await Task.Delay(500);

        var started = DateTime.UtcNow;
        var second = await ScheduleAsync("2025-04-03");
        var third = await ScheduleAsync("2025-04-04");
        var changes = await pending;

        Assert.Equal([second.Id, third.Id], changes.Select(c => c.EventId));
        // Generous for a 2-core machine running every test assembly at once, and still well short of the poll.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(90), "delivered by NOTIFY, not by the 120 s poll");
    }

    [Fact]
    public async Task A_cse_may_not_watch_the_feed()
    {
        using var call = _host.Client(EventsHost.Ana).WatchChanges(new WatchChangesRequest());

        await Errors.ExpectAsync(StatusCode.PermissionDenied, async () => await call.ResponseStream.MoveNext());
    }
}
