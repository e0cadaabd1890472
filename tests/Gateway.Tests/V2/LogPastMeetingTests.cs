using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>POST /api/events/schedule with completed = true logs a meeting that already happened in one call:
/// stored completed by the caller, idempotent on requestId, under the completion-date rule, and only for the
/// caller's own clients (an admin for any).</summary>
public sealed class LogPastMeetingTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private HttpClient Ana => shared.Host.Client(TestData.AnaToken);

    private static string Body(string client, string date, string extra = "") =>
        $$"""{"clientName":"{{client}}","eventCode":"SLA_REVIEW","eventDate":"{{date}}","completed":true{{extra}}}""";

    [Fact]
    public async Task A_past_meeting_is_stored_completed_in_one_call_and_a_retry_returns_it()
    {
        var body = Body(TestData.AnaClient, "2025-03-10", ""","completedDate":"2025-03-12","requestId":"log-past-1" """);

        using var first = await Ana.PostAsync("/api/events/schedule", Json.Raw(body));
        using var retry = await Ana.PostAsync("/api/events/schedule", Json.Raw(body));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await Json.ReadAsync(first);
        Assert.True(created.GetProperty("completed").GetBoolean());
        Assert.Equal("2025-03-12", created.GetProperty("completedDate").GetString());
        Assert.False(string.IsNullOrEmpty(created.GetProperty("completedBy").GetString()));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(created.GetProperty("id").GetString(), (await Json.ReadAsync(retry)).GetProperty("id").GetString());
        using var stored = await Ana.GetAsync($"/api/events/{created.GetProperty("id").GetString()}");
        Assert.True((await Json.ReadAsync(stored)).GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task The_completion_date_defaults_to_the_event_date()
    {
        using var response = await Ana.PostAsync("/api/events/schedule", Json.Raw(Body(TestData.AnaClient, "2024-06-03")));

        Assert.Equal("2024-06-03", (await Json.ReadAsync(response)).GetProperty("completedDate").GetString());
    }

    [Theory]
    [InlineData("2025-05-10", ""","completedDate":"2025-05-09" """)]       // completed before the meeting
    [InlineData("2031-01-01", "")]                                            // a future meeting cannot be done yet
    [InlineData("2025-05-11", ""","completedDate":"2031-01-01" """)]       // completed in the future
    public async Task An_impossible_completion_is_400_naming_completedDate_and_stores_nothing(string date, string extra)
    {
        var before = await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString);

        using var response = await Ana.PostAsync("/api/events/schedule", Json.Raw(Body(TestData.AnaClient, date, extra)));

        await ProblemAssert.IsValidationProblemAsync(response, "completedDate");
        Assert.Empty((await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task A_completion_date_without_completed_is_400()
    {
        using var response = await Ana.PostAsync("/api/events/schedule", Json.Raw(
            $$"""{"clientName":"{{TestData.AnaClient}}","eventCode":"SLA_REVIEW","eventDate":"2025-07-01","completedDate":"2025-07-01"}"""));

        await ProblemAssert.IsValidationProblemAsync(response, "completedDate");
    }

    [Fact]
    public async Task Another_cses_client_is_refused_for_a_cse_and_accepted_for_an_admin()
    {
        using var ana = await Ana.PostAsync("/api/events/schedule", Json.Raw(Body(TestData.BenClient, "2025-02-02")));
        using var ben = await shared.Host.Client(TestData.BenToken).PostAsync("/api/events/schedule", Json.Raw(Body(TestData.BenClient, "2025-02-03")));
        using var admin = await shared.Host.Client(TestAuth.Admin).PostAsync("/api/events/schedule", Json.Raw(Body(TestData.BenClient, "2025-02-04")));

        await ProblemAssert.IsValidationProblemAsync(ana, "clientName");
        Assert.Equal(HttpStatusCode.Created, ben.StatusCode);
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
    }
}
