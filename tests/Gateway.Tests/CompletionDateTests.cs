using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>POST /api/events/{id}/complete: a completion date before the event date or after today (in
/// the business time zone) is 400 naming completedDate, decided by the Events service.</summary>
public sealed class CompletionDateTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private HttpClient Ana => shared.Host.Client(TestData.AnaToken);

    private async Task<string> ScheduleAsync(string date)
    {
        using var response = await Ana.PostAsync("/api/events/schedule",
            Json.Raw($$"""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"{{date}}"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("id").GetString()!;
    }

    [Theory]
    [InlineData("2025-04-10", "2025-04-09")] // the day before the event
    [InlineData("2025-04-11", "2031-01-01")] // in the future
    public async Task A_bad_completion_date_is_400_naming_completedDate_and_leaves_the_event_open(string eventDate, string completedDate)
    {
        var id = await ScheduleAsync(eventDate);

        using var response = await Ana.PostAsync($"/api/events/{id}/complete", Json.Of(new { completedDate }));

        await ProblemAssert.IsValidationProblemAsync(response, "completedDate");
        using var stored = await Ana.GetAsync($"/api/events/{id}");
        Assert.False((await Json.ReadAsync(stored)).GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task Completing_on_the_event_date_is_accepted()
    {
        var id = await ScheduleAsync("2025-04-12");

        using var response = await Ana.PostAsync($"/api/events/{id}/complete", Json.Raw("""{"completedDate":"2025-04-12"}"""));

        Assert.Equal("2025-04-12", (await Json.ReadAsync(response)).GetProperty("completedDate").GetString());
    }
}
