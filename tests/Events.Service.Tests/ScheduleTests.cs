using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

public sealed class ScheduleTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static ScheduleEventRequest Valid() => new()
    {
        ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = "2025-03-14",
    };

    [Fact]
    public async Task Schedules_an_event_with_every_field_stored_and_not_completed()
    {
        var request = Valid();
        request.ClientName = "  Barwon Health ";
        request.EventType = "sla_review";
        request.Notes = "Quarterly review";
        request.MeetingLink = "https://meet.example.com/abc";
        request.Attendees.Add(["ann@example.com", "ANN@example.com", " bob@example.org "]);
        request.Location = "Geelong";

        var response = await _host.Client(EventsHost.Ana).ScheduleEventAsync(request);

        var e = response.Event;
        Assert.False(response.Replayed);
        Assert.Equal(("Barwon Health", "SLA_REVIEW", "84068dd3-cc5f-4a82-9980-3002c17f5e4d"), (e.ClientName, e.EventCode, e.EventTypeId));
        Assert.Equal(("2025-03-14", 2025, 3), (e.EventDate, e.EventYear, e.EventMonth));
        Assert.False(e.Completed);
        Assert.Equal("", e.CompletedDate);
        Assert.Equal(["ann@example.com", "bob@example.org"], e.Attendees);
        Assert.Equal(("Quarterly review", "https://meet.example.com/abc", "Geelong"), (e.Notes, e.MeetingLink, e.Location));
        Assert.Equal(("api", "cse:Ana"), (e.Source, e.CreatedBy));
        Assert.Equal("SLA/Service Review Meeting", e.EventName);
        var stored = await _host.ScalarAsync<string>(
            "SELECT client_name || '|' || event_date || '|' || completed || '|' || event_year || '|' || array_to_string(attendees, ',') FROM segmentation_events WHERE id = @id::uuid",
            new { id = e.Id });
        Assert.Equal("Barwon Health|2025-03-14|false|2025|ann@example.com,bob@example.org", stored);
    }

    [Fact]
    public async Task Schedules_by_event_type_id_as_the_verified_caller_through_the_api()
    {
        var request = Valid();
        request.EventType = "e177a096-82c1-4710-a599-4000c5343d06";

        var e = (await _host.Client().ScheduleEventAsync(request)).Event;

        Assert.Equal(("INSIGHT_TP", "api", "test-admin"), (e.EventCode, e.Source, e.CreatedBy));
    }

    [Fact]
    public async Task An_alias_schedules_for_its_client_and_imports_do_too()
    {
        await _host.ExecuteAsync("INSERT INTO client_aliases (alias, client_name) VALUES ('Barwon', 'Barwon Health')");
        var request = Valid();
        request.ClientName = "Barwon";

        var e = (await _host.Client(EventsHost.Ana).ScheduleEventAsync(request)).Event;
        var listed = await _host.Client(EventsHost.Ana).ListEventsAsync(new ListEventsRequest { ClientName = "Barwon" });

        Assert.Equal("Barwon Health", e.ClientName);
        Assert.Equal(e.Id, Assert.Single(listed.Events).Id);
    }

    [Fact]
    public async Task A_second_event_of_the_same_client_type_and_date_already_exists()
    {
        await _host.Client().ScheduleEventAsync(Valid());

        await Errors.ExpectAsync(StatusCode.AlreadyExists, async () => await _host.Client().ScheduleEventAsync(Valid()));

        Assert.Equal(1, await _host.EventCountAsync());
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "client_name", "" },
        { "client_name", "Nobody Hospital" },
        { "client_name", EventsHost.BenClient },
        { "event_type", "" },
        { "event_type", "NOT_A_TYPE" },
        { "event_date", "" },
        { "event_date", "14/03/2025" },
        { "event_date", "2025-02-30" },
        { "event_date", "2019-12-31" },
        { "event_date", $"{DateTime.UtcNow.Year + 6}-01-01" },
        { "notes", new string('n', 4001) },
        { "meeting_link", "meet.example.com/abc" },
        { "meeting_link", "ftp://example.com/x" },
        { "attendees", "not-an-email" },
        { "attendees", "Ann <ann@example.com>" },
        { "location", new string('l', 501) },
        { "request_id", new string('r', 129) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Each_bad_field_is_a_field_violation_and_nothing_is_written(string field, string value)
    {
        var request = Valid();
        switch (field)
        {
            case "client_name": request.ClientName = value; break;
            case "event_type": request.EventType = value; break;
            case "event_date": request.EventDate = value; break;
            case "notes": request.Notes = value; break;
            case "meeting_link": request.MeetingLink = value; break;
            case "attendees": request.Attendees.Add(["ok@example.com", value]); break;
            case "location": request.Location = value; break;
            case "request_id": request.RequestId = value; break;
        }

        var violations = await Errors.InvalidAsync(async () => await _host.Client(EventsHost.Ana).ScheduleEventAsync(request));

        Assert.Equal([field], violations.Select(v => v.Field).Distinct());
        Assert.Equal(0, await _host.EventCountAsync());
        Assert.Equal(0, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes"));
    }

    [Fact]
    public async Task More_than_100_distinct_attendees_is_a_violation_but_duplicates_do_not_count()
    {
        var request = Valid();
        request.Attendees.Add(Enumerable.Range(0, 100).Select(i => $"p{i}@example.com"));
        request.Attendees.Add(Enumerable.Range(0, 50).Select(i => $"P{i}@EXAMPLE.com"));
        Assert.Equal(100, (await _host.Client().ScheduleEventAsync(request)).Event.Attendees.Count);

        request.EventDate = "2025-03-15";
        request.Attendees.Add("p100@example.com");
        var violations = await Errors.InvalidAsync(async () => await _host.Client().ScheduleEventAsync(request));
        Assert.Equal("attendees", Assert.Single(violations).Field);
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_once()
    {
        var request = new ScheduleEventRequest { ClientName = "Nobody", EventType = "NOPE", EventDate = "soon", MeetingLink = "x" };

        var violations = await Errors.InvalidAsync(async () => await _host.Client().ScheduleEventAsync(request));

        Assert.Equal(["client_name", "event_date", "event_type", "meeting_link"], violations.Select(v => v.Field).Order());
    }

    [Fact]
    public async Task An_inactive_event_type_cannot_be_scheduled()
    {
        await _host.ExecuteAsync("UPDATE segmentation_event_types SET is_active = false WHERE event_code = 'SLA_REVIEW'");

        var violations = await Errors.InvalidAsync(async () => await _host.Client().ScheduleEventAsync(Valid()));

        Assert.Contains("inactive", Assert.Single(violations, v => v.Field == "event_type").Description);
        Assert.Equal(0, await _host.EventCountAsync());
    }

    [Fact]
    public async Task An_anonymous_call_is_unauthenticated()
    {
        var client = new EventsService.EventsServiceClient(_host.Events.Channel(null));

        await Errors.ExpectAsync(StatusCode.Unauthenticated, async () => await client.ScheduleEventAsync(Valid()));
    }
}
