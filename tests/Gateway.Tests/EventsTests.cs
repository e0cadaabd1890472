using System.Net;
using System.Text.Json;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>API.md "Events" (schedule, complete, reschedule, delete, list) through the real gateway,
/// Events and Requirements services and PostgreSQL.</summary>
public sealed class EventsTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await WholeSystem.StartAsync(postgres);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private HttpClient Ana => _host.Client(TestData.AnaToken);

    private async Task<JsonElement> ScheduleAsync(string body, HttpClient? client = null)
    {
        using var response = await (client ?? Ana).PostAsync("/api/events/schedule", Json.Raw(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    [Fact]
    public async Task Scheduling_answers_201_with_the_event_and_its_location()
    {
        using var response = await Ana.PostAsync("/api/events/schedule", Json.Raw("""
            {"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","notes":"Quarterly",
             "meetingLink":"https://meet.example.com/abc","attendees":["Ann@Example.com","ann@example.com","bo@example.com"],"location":"Geelong"}
            """));
        var e = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/events/{e.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Barwon Health", TestData.InsightTouchPointId, "INSIGHT_TP"),
            (e.GetProperty("clientName").GetString(), e.GetProperty("eventTypeId").GetString(), e.GetProperty("eventCode").GetString()));
        Assert.Equal(("2025-03-04", 2025, 3), (e.GetProperty("eventDate").GetString(), e.GetProperty("eventYear").GetInt32(), e.GetProperty("eventMonth").GetInt32()));
        Assert.False(e.GetProperty("completed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("completedDate").ValueKind);
        Assert.Equal(2, e.GetProperty("attendees").GetArrayLength());
        Assert.Equal(("Quarterly", "Geelong", "api"),
            (e.GetProperty("notes").GetString(), e.GetProperty("location").GetString(), e.GetProperty("source").GetString()));
        Assert.True(e.GetProperty("createdAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal("Insight Touch Point", e.GetProperty("eventName").GetString());
    }

    [Fact]
    public async Task The_event_type_may_be_given_by_id()
    {
        var e = await ScheduleAsync($$"""{"clientName":"Barwon Health","eventTypeId":"{{TestData.InsightTouchPointId}}","eventDate":"2025-05-06"}""");

        Assert.Equal("INSIGHT_TP", e.GetProperty("eventCode").GetString());
    }

    [Fact]
    public async Task The_same_type_on_the_same_date_is_409_and_stores_nothing_more()
    {
        const string body = """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04"}""";
        await ScheduleAsync(body);
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var again = await Ana.PostAsync("/api/events/schedule", Json.Raw(body));

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task A_repeated_request_id_answers_200_with_the_first_event_and_creates_nothing()
    {
        const string body = """{"clientName":"Barwon Health","eventCode":"UPDATE_360","eventDate":"2025-04-01","requestId":"req-42"}""";
        var first = await ScheduleAsync(body);
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var retry = await Ana.PostAsync("/api/events/schedule", Json.Raw(body));
        var replayed = await Json.ReadAsync(retry);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.GetProperty("id").GetString(), replayed.GetProperty("id").GetString());
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Theory]
    [InlineData("""{"clientName":"Nobody Hospital","eventCode":"INSIGHT_TP","eventDate":"2025-03-04"}""", "clientName")]
    [InlineData("""{"clientName":"Barwon Health","eventCode":"NOPE","eventDate":"2025-03-04"}""", "eventCode")]
    [InlineData("""{"clientName":"Barwon Health","eventTypeId":"00000000-0000-0000-0000-000000000000","eventDate":"2025-03-04"}""", "eventTypeId")]
    [InlineData("""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP"}""", "eventDate")]
    [InlineData("""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2019-12-31"}""", "eventDate")]
    [InlineData("""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","attendees":["not-an-address"]}""", "attendees")]
    [InlineData("""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","attendees":[null]}""", "attendees")]
    [InlineData("""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","meetingLink":"javascript:alert(1)"}""", "meetingLink")]
    public async Task A_bad_schedule_is_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await Ana.PostAsync("/api/events/schedule", Json.Raw(body));

        await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task Completing_twice_keeps_the_first_completion()
    {
        var e = await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2025-02-03"}""");
        var id = e.GetProperty("id").GetString();

        using var first = await Ana.PostAsync($"/api/events/{id}/complete", Json.Raw("""{"completedDate":"2025-02-03"}"""));
        var completed = await Json.ReadAsync(first);
        using var second = await _host.Client(TestAuth.Admin).PostAsync($"/api/events/{id}/complete", Json.Raw("""{"completedDate":"2025-02-20"}"""));
        var again = await Json.ReadAsync(second);

        Assert.True(completed.GetProperty("completed").GetBoolean());
        Assert.Equal(("2025-02-03", "cse:Ana Lee"), (completed.GetProperty("completedDate").GetString(), completed.GetProperty("completedBy").GetString()));
        Assert.Equal(("2025-02-03", "cse:Ana Lee"), (again.GetProperty("completedDate").GetString(), again.GetProperty("completedBy").GetString()));
    }

    [Fact]
    public async Task Completing_needs_no_body_at_all()
    {
        var e = await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2025-02-04"}""");

        using var response = await Ana.PostAsync($"/api/events/{e.GetProperty("id").GetString()}/complete", content: null);

        Assert.True((await Json.ReadAsync(response)).GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task An_admin_reopens_a_completed_event()
    {
        var e = await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2025-02-05"}""");
        var id = e.GetProperty("id").GetString();
        var admin = _host.Client(TestAuth.Admin);
        using (await admin.PostAsync($"/api/events/{id}/complete", Json.Raw("{}"))) { }

        using var response = await admin.PostAsync($"/api/events/{id}/reopen", content: null);

        Assert.False((await Json.ReadAsync(response)).GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task Rescheduling_changes_only_the_fields_given()
    {
        var e = await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"CE_ONSITE","eventDate":"2025-06-10","notes":"keep","location":"Geelong"}""");
        var id = e.GetProperty("id").GetString();

        using var response = await Ana.PatchAsync($"/api/events/{id}", Json.Raw("""{"eventDate":"2025-06-17","attendees":["x@example.com"]}"""));
        var moved = await Json.ReadAsync(response);

        Assert.Equal(("2025-06-17", "keep", "Geelong"),
            (moved.GetProperty("eventDate").GetString(), moved.GetProperty("notes").GetString(), moved.GetProperty("location").GetString()));
        Assert.Equal("x@example.com", Assert.Single(moved.GetProperty("attendees").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Rescheduling_onto_an_existing_event_of_that_type_is_409_and_changes_nothing()
    {
        await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"CE_ONSITE","eventDate":"2025-06-10"}""");
        var other = await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"CE_ONSITE","eventDate":"2025-07-10"}""");
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await Ana.PatchAsync($"/api/events/{other.GetProperty("id").GetString()}", Json.Raw("""{"eventDate":"2025-06-10"}"""));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task Deleting_answers_204_then_the_event_is_404_everywhere()
    {
        var e = await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"WHITESPACE","eventDate":"2025-08-08"}""");
        var id = e.GetProperty("id").GetString();

        using var deleted = await Ana.DeleteAsync($"/api/events/{id}");
        using var get = await Ana.GetAsync($"/api/events/{id}");
        using var complete = await Ana.PostAsync($"/api/events/{id}/complete", Json.Raw("{}"));
        using var again = await Ana.DeleteAsync($"/api/events/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(complete, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Listing_filters_by_client_year_type_and_completion_and_pages()
    {
        foreach (var date in new[] { "2025-01-10", "2025-02-10", "2025-03-10" })
            await ScheduleAsync($$"""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"{{date}}"}""");
        await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2024-05-05"}""");

        using var byYear = await Ana.GetAsync("/api/events?clientName=Barwon%20Health&year=2025&eventCode=INSIGHT_TP&completed=false&pageSize=2");
        var page1 = await Json.ReadAsync(byYear);
        var token = page1.GetProperty("nextPageToken").GetString()!;
        using var next = await Ana.GetAsync($"/api/events?clientName=Barwon%20Health&year=2025&eventCode=INSIGHT_TP&completed=false&pageSize=2&pageToken={Uri.EscapeDataString(token)}");
        var page2 = await Json.ReadAsync(next);
        using var completed = await Ana.GetAsync("/api/events?clientName=Barwon%20Health&completed=true");

        Assert.Equal(2, page1.GetProperty("events").GetArrayLength());
        Assert.Equal(1, page2.GetProperty("events").GetArrayLength());
        Assert.Equal("", page2.GetProperty("nextPageToken").GetString());
        Assert.Equal(0, (await Json.ReadAsync(completed)).GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task The_legacy_read_lists_completed_events_of_a_year_by_date()
    {
        var admin = _host.Client(TestAuth.Admin);
        foreach (var date in new[] { "2025-09-01", "2025-02-01" })
        {
            var e = await ScheduleAsync($$"""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"{{date}}"}""");
            using (await admin.PostAsync($"/api/events/{e.GetProperty("id").GetString()}/complete", Json.Raw($$"""{"completedDate":"{{date}}"}"""))) { }
        }
        await ScheduleAsync("""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-10-01"}""");

        using var response = await Ana.GetAsync("/api/segmentation-events?clientName=Barwon%20Health&year=2025");
        var events = (await Json.ReadAsync(response)).GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(["2025-02-01", "2025-09-01"], events.Select(e => e.GetProperty("eventDate").GetString()));
        Assert.All(events, e => Assert.True(e.GetProperty("completed").GetBoolean()));
        Assert.All(events, e => Assert.Equal((2025, TestData.InsightTouchPointId, "Barwon Health"),
            (e.GetProperty("eventYear").GetInt32(), e.GetProperty("eventTypeId").GetString(), e.GetProperty("clientName").GetString())));
    }
}
