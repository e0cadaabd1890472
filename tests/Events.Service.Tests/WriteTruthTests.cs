using Dapper;
using Grpc.Core;
using Grpc.Net.Client;
using Npgsql;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>Issue 12: a write's answer tells the truth. A write whose caller was told it failed (deadline)
/// committed nothing; a write whose answer was lost after the commit is repeated with the same
/// request_id and gets the committed result, with nothing written twice.</summary>
public sealed class WriteTruthTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<Event> ScheduleAsync(string date = "2025-05-02") =>
        (await _host.Client().ScheduleEventAsync(new ScheduleEventRequest
        {
            ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = date,
        })).Event;

    /// <summary>A client whose first answer is read to the end and then lost.</summary>
    private EventsService.EventsServiceClient LossyClient() =>
        new(GrpcChannel.ForAddress(_host.Events.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(TestAuth.Admin, new DroppedAnswerHandler(_host.Events.Server.CreateHandler())),
        }));

    private Task<long> ChangesAsync(string kind) =>
        _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes WHERE kind = @kind", new { kind });

    [Fact]
    public async Task A_complete_whose_answer_was_lost_is_repeated_with_its_request_id()
    {
        var e = await ScheduleAsync();
        var lossy = LossyClient();
        var request = new CompleteEventRequest { Id = e.Id, CompletedDate = "2025-05-02", RequestId = "complete-1" };

        await Assert.ThrowsAsync<RpcException>(async () => await lossy.CompleteEventAsync(request));
        var retry = await lossy.CompleteEventAsync(request);

        Assert.Equal((true, "2025-05-02", "test-admin"), (retry.Completed, retry.CompletedDate, retry.CompletedBy));
        Assert.Equal(1, await ChangesAsync("completed"));
    }

    [Fact]
    public async Task A_delete_whose_answer_was_lost_succeeds_again_instead_of_404()
    {
        var e = await ScheduleAsync();
        var lossy = LossyClient();
        var request = new DeleteEventRequest { Id = e.Id, RequestId = "delete-1" };

        await Assert.ThrowsAsync<RpcException>(async () => await lossy.DeleteEventAsync(request));
        await lossy.DeleteEventAsync(request);

        Assert.Equal(0, await _host.EventCountAsync());
        Assert.Equal(1, await ChangesAsync("deleted"));
        // Another CSE replaying the id learns nothing; a different request under the same id is refused.
        await Errors.ExpectAsync(StatusCode.NotFound, async () => await _host.Client(EventsHost.Ben).DeleteEventAsync(request));
        await Errors.ExpectInvalidAsync(async () => await _host.Client().DeleteEventAsync(
            new DeleteEventRequest { Id = Guid.NewGuid().ToString(), RequestId = "delete-1" }), "request_id");
    }

    [Fact]
    public async Task A_reschedule_and_a_reopen_whose_answers_were_lost_return_what_was_committed()
    {
        var e = await ScheduleAsync();
        await _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = e.Id, CompletedDate = "2025-05-02" });
        var reopen = new ReopenEventRequest { Id = e.Id, RequestId = "reopen-1" };
        var reschedule = new UpdateEventRequest { Id = e.Id, EventDate = "2025-06-03", RequestId = "update-1" };

        await Assert.ThrowsAsync<RpcException>(async () => await LossyClient().ReopenEventAsync(reopen));
        var reopened = await _host.Client().ReopenEventAsync(reopen);
        await Assert.ThrowsAsync<RpcException>(async () => await LossyClient().UpdateEventAsync(reschedule));
        await _host.Client().UpdateEventAsync(new UpdateEventRequest { Id = e.Id, EventDate = "2025-07-04" });
        var replayed = await _host.Client().UpdateEventAsync(reschedule);

        Assert.False(reopened.Completed);
        Assert.Equal("2025-06-03", replayed.EventDate); // the committed answer, not a second reschedule
        Assert.Equal("2025-07-04", await _host.ScalarAsync<string>("SELECT event_date::text FROM segmentation_events"));
        Assert.Equal((1, 2), (await ChangesAsync("reopened"), await ChangesAsync("rescheduled")));
    }

    [Fact]
    public async Task A_schedule_whose_answer_was_lost_is_replayed_with_one_row()
    {
        var request = new ScheduleEventRequest { ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = "2025-05-02", RequestId = "schedule-1" };
        var lossy = LossyClient();

        await Assert.ThrowsAsync<RpcException>(async () => await lossy.ScheduleEventAsync(request));
        var retry = await lossy.ScheduleEventAsync(request);

        Assert.True(retry.Replayed);
        Assert.Equal(1, await _host.EventCountAsync());
        Assert.Equal(retry.Event.Id, await _host.ScalarAsync<string>("SELECT id::text FROM segmentation_events"));
    }

    [Fact]
    public async Task A_complete_stuck_behind_a_lock_past_its_deadline_commits_nothing()
    {
        var e = await ScheduleAsync();
        await using var holder = new NpgsqlConnection(_host.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("SELECT 1 FROM segmentation_events WHERE id = @id::uuid FOR UPDATE", new { id = e.Id }, transaction);

        var call = _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = e.Id, RequestId = "slow-1" },
            deadline: DateTime.UtcNow.AddSeconds(4)).ResponseAsync;
        Assert.True(await LockWaiters.ReachAsync(_host.ConnectionString, 1, TimeSpan.FromSeconds(10)), "the write never blocked");
        AssertGaveUpAtTheDeadline(await Assert.ThrowsAsync<RpcException>(() => call));
        Assert.True(await LockWaiters.ReachAsync(_host.ConnectionString, 0, TimeSpan.FromSeconds(10)), "the server kept waiting after the deadline");
        await transaction.RollbackAsync();

        Assert.False(await _host.ScalarAsync<bool>("SELECT completed FROM segmentation_events"));
        Assert.Equal(0, await ChangesAsync("completed"));
        Assert.Equal(0, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_request_keys"));
    }

    [Fact]
    public async Task A_schedule_stuck_behind_a_table_lock_past_its_deadline_commits_nothing()
    {
        await ScheduleAsync("2025-05-01"); // warms the event type cache
        await using var holder = new NpgsqlConnection(_host.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("LOCK TABLE segmentation_events IN SHARE MODE", transaction: transaction);

        var call = _host.Client().ScheduleEventAsync(new ScheduleEventRequest
        {
            ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = "2025-05-09", RequestId = "slow-2",
        }, deadline: DateTime.UtcNow.AddSeconds(4)).ResponseAsync;
        Assert.True(await LockWaiters.ReachAsync(_host.ConnectionString, 1, TimeSpan.FromSeconds(10)), "the write never blocked");
        AssertGaveUpAtTheDeadline(await Assert.ThrowsAsync<RpcException>(() => call));
        Assert.True(await LockWaiters.ReachAsync(_host.ConnectionString, 0, TimeSpan.FromSeconds(10)), "the server kept waiting after the deadline");
        await transaction.RollbackAsync();

        Assert.Equal(1, await _host.EventCountAsync());
        Assert.Equal(0, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_request_keys"));
    }

    /// <summary>The caller was told the write failed. Over the in-memory test transport the client's and the
    /// server's copies of one deadline race: the client reports DEADLINE_EXCEEDED, or INTERNAL when the
    /// server's stream reset after its own deadline reaches it first. What matters here is what follows:
    /// the server stopped waiting and nothing committed.</summary>
    private static void AssertGaveUpAtTheDeadline(RpcException error) =>
        Assert.Contains(error.StatusCode, new[] { StatusCode.DeadlineExceeded, StatusCode.Internal });
}
