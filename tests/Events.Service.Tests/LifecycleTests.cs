using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

public sealed class LifecycleTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<Event> ScheduleAsync(string client = EventsHost.AnaClient, string date = "2025-06-10", string type = "UPDATE_360") =>
        (await _host.Client().ScheduleEventAsync(new ScheduleEventRequest { ClientName = client, EventType = type, EventDate = date })).Event;

    private Task<long> ChangesAsync(string kind) =>
        _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes WHERE kind = @kind", new { kind });

    [Fact]
    public async Task Completing_twice_keeps_the_first_completion()
    {
        var e = await ScheduleAsync();

        var first = await _host.Client(EventsHost.Ana).CompleteEventAsync(new CompleteEventRequest { Id = e.Id, CompletedDate = "2025-06-11" });
        var second = await _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = e.Id, CompletedDate = "2025-06-20" });

        Assert.True(first.Completed);
        Assert.Equal(("2025-06-11", "cse:Ana"), (first.CompletedDate, first.CompletedBy));
        Assert.Equal(("2025-06-11", "cse:Ana"), (second.CompletedDate, second.CompletedBy));
        Assert.Equal(1, await ChangesAsync("completed"));
    }

    [Fact]
    public async Task Completing_without_a_date_uses_today_in_sydney()
    {
        var e = await ScheduleAsync();
        var before = TodayInSydney();

        var completed = await _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = e.Id });

        Assert.Contains(completed.CompletedDate, new[] { before, TodayInSydney() });
    }

    private static string TodayInSydney() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney")).DateTime)
            .ToString("yyyy-MM-dd");

    [Fact]
    public async Task Fifty_concurrent_completes_complete_it_once()
    {
        var e = await ScheduleAsync();
        var client = _host.Client();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.CompleteEventAsync(new CompleteEventRequest { Id = e.Id, CompletedDate = $"2025-06-{10 + i % 20}" }).ResponseAsync));

        Assert.Single(results.Select(r => (r.CompletedDate, r.CompletedBy)).Distinct());
        Assert.Equal(1, await ChangesAsync("completed"));
    }

    [Fact]
    public async Task An_admin_reopens_and_a_cse_may_not()
    {
        var e = await ScheduleAsync();
        await _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = e.Id, CompletedDate = "2025-06-10" });

        await Errors.ExpectAsync(StatusCode.PermissionDenied, async () =>
            await _host.Client(EventsHost.Ana).ReopenEventAsync(new ReopenEventRequest { Id = e.Id }));
        var reopened = await _host.Client().ReopenEventAsync(new ReopenEventRequest { Id = e.Id });

        Assert.False(reopened.Completed);
        Assert.Equal(("", ""), (reopened.CompletedDate, reopened.CompletedBy));
        Assert.Equal(1, await ChangesAsync("reopened"));
    }

    [Fact]
    public async Task Rescheduling_moves_the_date_and_records_the_previous_one()
    {
        var e = await ScheduleAsync();

        var moved = await _host.Client(EventsHost.Ana).UpdateEventAsync(new UpdateEventRequest
        {
            Id = e.Id, EventDate = "2025-07-01", Notes = "moved", Attendees = new AttendeeList { Values = { "a@example.com", "A@example.com" } },
        });

        Assert.Equal(("2025-07-01", 7, "moved"), (moved.EventDate, moved.EventMonth, moved.Notes));
        Assert.Equal(["a@example.com"], moved.Attendees);
        Assert.Equal("2025-06-10", await _host.ScalarAsync<string>(
            "SELECT previous_event_date::text FROM segmentation_event_changes WHERE kind = 'rescheduled'"));
    }

    [Fact]
    public async Task Editing_keeps_absent_fields_and_clears_empty_ones()
    {
        var e = (await _host.Client().ScheduleEventAsync(new ScheduleEventRequest
        {
            ClientName = EventsHost.AnaClient, EventType = "UPDATE_360", EventDate = "2025-06-10", Notes = "keep", Location = "Room 1",
        })).Event;

        var edited = await _host.Client().UpdateEventAsync(new UpdateEventRequest { Id = e.Id, Location = "", MeetingLink = "http://x.example/m" });

        Assert.Equal(("keep", "", "http://x.example/m", "2025-06-10"), (edited.Notes, edited.Location, edited.MeetingLink, edited.EventDate));
        Assert.Equal(1, await ChangesAsync("updated"));
    }

    [Fact]
    public async Task Rescheduling_onto_an_existing_event_already_exists_and_changes_nothing()
    {
        var e = await ScheduleAsync();
        await ScheduleAsync(date: "2025-08-01");

        await Errors.ExpectAsync(StatusCode.AlreadyExists, async () =>
            await _host.Client().UpdateEventAsync(new UpdateEventRequest { Id = e.Id, EventDate = "2025-08-01" }));

        Assert.Equal("2025-06-10", (await _host.Client().GetEventAsync(new GetEventRequest { Id = e.Id })).EventDate);
    }

    [Theory]
    [InlineData("event_date", "2025-13-01")]
    [InlineData("meeting_link", "javascript:alert(1)")]
    [InlineData("attendees", "nobody")]
    [InlineData("notes", null)]
    public async Task Bad_edits_are_field_violations_and_change_nothing(string field, string? value)
    {
        var e = await ScheduleAsync();
        var request = new UpdateEventRequest { Id = e.Id };
        switch (field)
        {
            case "event_date": request.EventDate = value; break;
            case "meeting_link": request.MeetingLink = value; break;
            case "attendees": request.Attendees = new AttendeeList { Values = { value! } }; break;
            case "notes": request.Notes = new string('x', 4001); break;
        }

        var violations = await Errors.InvalidAsync(async () => await _host.Client().UpdateEventAsync(request));

        Assert.Equal(field, Assert.Single(violations).Field);
        var after = await _host.Client().GetEventAsync(new GetEventRequest { Id = e.Id });
        Assert.Equal(e.UpdatedAt, after.UpdatedAt);
    }

    [Fact]
    public async Task Deleting_removes_the_event_and_a_second_delete_is_not_found()
    {
        var e = await ScheduleAsync();

        await _host.Client(EventsHost.Ana).DeleteEventAsync(new DeleteEventRequest { Id = e.Id });

        Assert.Equal(0, await _host.EventCountAsync());
        Assert.Equal(1, await ChangesAsync("deleted"));
        await Errors.ExpectAsync(StatusCode.NotFound, async () => await _host.Client().DeleteEventAsync(new DeleteEventRequest { Id = e.Id }));
    }

    [Fact]
    public async Task Another_cses_event_is_not_found_for_every_operation()
    {
        var e = await ScheduleAsync(client: EventsHost.BenClient);
        var ana = _host.Client(EventsHost.Ana);

        await Errors.ExpectAsync(StatusCode.NotFound, async () => await ana.GetEventAsync(new GetEventRequest { Id = e.Id }));
        await Errors.ExpectAsync(StatusCode.NotFound, async () => await ana.CompleteEventAsync(new CompleteEventRequest { Id = e.Id }));
        await Errors.ExpectAsync(StatusCode.NotFound, async () => await ana.UpdateEventAsync(new UpdateEventRequest { Id = e.Id, Notes = "x" }));
        await Errors.ExpectAsync(StatusCode.NotFound, async () => await ana.DeleteEventAsync(new DeleteEventRequest { Id = e.Id }));

        var untouched = await _host.Client(EventsHost.Ben).GetEventAsync(new GetEventRequest { Id = e.Id });
        Assert.Equal((false, ""), (untouched.Completed, untouched.Notes));
    }

    [Fact]
    public async Task A_malformed_id_is_a_field_violation_and_an_unknown_one_not_found()
    {
        Assert.Equal("id", Assert.Single(await Errors.InvalidAsync(async () =>
            await _host.Client().GetEventAsync(new GetEventRequest { Id = "42" }))).Field);
        await Errors.ExpectAsync(StatusCode.NotFound, async () =>
            await _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = Guid.NewGuid().ToString() }));
    }
}
