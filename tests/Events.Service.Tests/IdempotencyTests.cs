using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

public sealed class IdempotencyTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static ScheduleEventRequest Request(string? requestId, string date = "2025-05-02") => new()
    {
        ClientName = EventsHost.AnaClient, EventType = "CE_ONSITE", EventDate = date, RequestId = requestId ?? "",
    };

    [Fact]
    public async Task A_retry_with_the_same_request_id_returns_the_first_event_and_writes_nothing()
    {
        var first = await _host.Client().ScheduleEventAsync(Request("req-1"));
        var retry = await _host.Client().ScheduleEventAsync(Request("req-1"));

        Assert.True(retry.Replayed);
        Assert.Equal(first.Event.Id, retry.Event.Id);
        Assert.Equal(1, await _host.EventCountAsync());
        Assert.Equal(1, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes"));
    }

    [Fact]
    public async Task A_request_id_reused_for_a_different_request_is_rejected_and_writes_nothing()
    {
        await _host.Client().ScheduleEventAsync(Request("req-2"));

        var violations = await Errors.InvalidAsync(async () => await _host.Client().ScheduleEventAsync(Request("req-2", "2025-05-03")));

        Assert.Equal("request_id", Assert.Single(violations).Field);
        Assert.Equal(1, await _host.EventCountAsync());
    }

    [Fact]
    public async Task A_cse_retrying_another_cses_request_id_learns_nothing()
    {
        var request = Request("req-3");
        request.ClientName = EventsHost.BenClient;
        await _host.Client(EventsHost.Ben).ScheduleEventAsync(request);

        await Errors.ExpectAsync(StatusCode.NotFound, async () => await _host.Client(EventsHost.Ana).ScheduleEventAsync(request));
    }

    [Fact]
    public async Task Fifty_concurrent_retries_with_one_request_id_create_one_event()
    {
        var client = _host.Client();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            client.ScheduleEventAsync(Request("req-concurrent")).ResponseAsync));

        Assert.Single(responses.Select(r => r.Event.Id).Distinct());
        Assert.Equal(49, responses.Count(r => r.Replayed));
        Assert.Equal(1, await _host.EventCountAsync());
        Assert.Equal(1, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_request_keys"));
    }

    [Fact]
    public async Task Fifty_concurrent_schedules_of_the_same_event_create_exactly_one_row()
    {
        var client = _host.Client();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            try { await client.ScheduleEventAsync(Request(null)); return StatusCode.OK; }
            catch (RpcException ex) { return ex.StatusCode; }
        }));

        Assert.Equal(1, outcomes.Count(o => o == StatusCode.OK));
        Assert.Equal(49, outcomes.Count(o => o == StatusCode.AlreadyExists));
        Assert.Equal(1, await _host.EventCountAsync());
        Assert.Equal(1, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes WHERE kind = 'created'"));
    }
}
