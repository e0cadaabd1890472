using System.Net;
using System.Text.Json;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>GET /api/events?window=assessment lists what the compliance figures count (SPEC §5): with an
/// extended deadline, a completed event of March of the next year counts for the year and is listed,
/// while the calendar-year list leaves it out.</summary>
public sealed class AssessmentWindowTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;
    private string _marchEventId = "";
    private string _februaryEventId = "";

    private HttpClient Admin => _host.Client(TestAuth.Admin);
    private HttpClient Ana => _host.Client(TestData.AnaToken);

    public async ValueTask InitializeAsync()
    {
        _host = await WholeSystem.StartAsync(postgres);
        // Barwon Health (Maintain since 2024) becomes Leverage mid-2025: its 2025 deadline moves to 2026-06-30.
        using (var change = await Admin.PostAsync("/api/clients/Barwon%20Health/segment-changes",
                   Json.Raw("""{"segment":"Leverage","effectiveFrom":"2025-07-01"}""")))
        {
            Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        }
        _februaryEventId = await CompletedInsightAsync("2025-02-12");
        _marchEventId = await CompletedInsightAsync("2026-03-10");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<string> CompletedInsightAsync(string date)
    {
        using var scheduled = await Ana.PostAsync("/api/events/schedule",
            Json.Raw($$"""{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"{{date}}"}"""));
        var id = (await Json.ReadAsync(scheduled)).GetProperty("id").GetString()!;
        using var completed = await Ana.PostAsync($"/api/events/{id}/complete", Json.Raw($$"""{"completedDate":"{{date}}"}"""));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        return id;
    }

    private async Task<List<string>> EventIdsAsync(string query)
    {
        using var response = await Ana.GetAsync("/api/events?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await Json.ReadAsync(response)).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task The_window_list_shows_the_march_event_the_figures_count_and_the_calendar_list_does_not()
    {
        using var figures = await Ana.GetAsync("/api/compliance/Barwon%20Health?year=2025");
        var compliance = await Json.ReadAsync(figures);
        var insight = compliance.GetProperty("eventTypes").EnumerateArray().Single(t => t.GetProperty("eventCode").GetString() == "INSIGHT_TP");

        var window = await EventIdsAsync("clientName=Barwon%20Health&year=2025&window=assessment");
        var calendar = await EventIdsAsync("clientName=Barwon%20Health&year=2025");

        Assert.Equal("2026-06-30", compliance.GetProperty("deadline").GetString());
        Assert.Equal(2, insight.GetProperty("actual").GetInt32());
        Assert.Equal([_februaryEventId, _marchEventId], window);
        Assert.Equal([_februaryEventId], calendar);
        Assert.Equal(insight.GetProperty("actual").GetInt32(), window.Count);
    }

    [Fact]
    public async Task The_next_years_calendar_list_still_has_the_march_event()
    {
        Assert.Equal([_marchEventId], await EventIdsAsync("clientName=Barwon%20Health&year=2026"));
    }

    [Fact]
    public async Task From_and_to_narrow_the_window()
    {
        Assert.Equal([_marchEventId], await EventIdsAsync("clientName=Barwon%20Health&year=2025&window=assessment&from=2026-01-01"));
    }

    [Fact]
    public async Task An_unknown_window_is_400_naming_window()
    {
        using var response = await Ana.GetAsync("/api/events?clientName=Barwon%20Health&year=2025&window=fiscal");

        await ProblemAssert.IsValidationProblemAsync(response, "window");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_window_parameter()
    {
        using var response = await _host.Client(null).GetAsync("/openapi/v1.json");
        var parameters = (await Json.ReadAsync(response)).GetProperty("paths").GetProperty("/api/events").GetProperty("get")
            .GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());

        Assert.Contains("window", parameters);
    }
}
