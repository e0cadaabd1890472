using System.Text;

namespace Segmentation.Budget.Tests;

/// <summary>Issue 13 item 2: what one request of each main route may cost across the whole system, for an admin
/// and for a CSE (Ana, whose client Barwon Health is asked for). Each request is sent once unmeasured first, so
/// reference data and access decisions cached in a service are warm, as they are in a running system.</summary>
public sealed class RouteBudgetTests(BudgetSystem system, ITestOutputHelper output) : IClassFixture<BudgetSystem>
{
    private const string Client = "Barwon%20Health";
    private const string Year = "year=2025&asOf=2025-11-27";

    public static TheoryData<string> Callers => ["admin", "cse"];

    private static string TokenOf(string caller) => caller == "admin" ? TestAuth.Admin : TestData.AnaToken;

    private async Task CheckAsync(string caller, Budget budget, Func<HttpRequestMessage> request)
    {
        await system.MeasureAsync(TokenOf(caller), request); // warm
        var (_, cost) = await system.MeasureAsync(TokenOf(caller), request);
        budget.Check(cost, output);
    }

    private static Func<HttpRequestMessage> Get(string path) => () => new HttpRequestMessage(HttpMethod.Get, path);

    private static Func<HttpRequestMessage> Send(string method, string path, string json) =>
        () => new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    [Theory, MemberData(nameof(Callers))]
    public Task Single_client_compliance(string caller) =>
        CheckAsync(caller, new Budget(GrpcCalls: 3, SqlRoundTrips: 2), Get($"/api/compliance/{Client}?{Year}"));

    [Theory, MemberData(nameof(Callers))]
    public Task Forecast(string caller) =>
        CheckAsync(caller, new Budget(GrpcCalls: 3, SqlRoundTrips: 2), Get($"/api/compliance/{Client}/forecast?{Year}"));

    [Theory, MemberData(nameof(Callers))]
    public Task Event_list_of_a_client(string caller) =>
        CheckAsync(caller, new Budget(GrpcCalls: 1, SqlRoundTrips: 1), Get($"/api/events?clientName={Client}&year=2025"));

    [Theory, MemberData(nameof(Callers))]
    public Task Event_list_in_the_assessment_window(string caller) =>
        CheckAsync(caller, new Budget(GrpcCalls: 2, SqlRoundTrips: 2), Get($"/api/events?clientName={Client}&year=2025&window=assessment"));

    /// <summary>Assessments, then completed, scheduled and recent (capacity, issue 15) counts: three streams in
    /// parallel, one statement each.</summary>
    [Theory, MemberData(nameof(Callers))]
    public Task Workload(string caller) =>
        CheckAsync(caller, new Budget(GrpcCalls: 5, SqlRoundTrips: 4), Get($"/api/workload?{Year}"));

    /// <summary>The page's assessments (Requirements picks the next clients itself) and their completed counts: one
    /// call and one statement each, after the gateway's call to Compliance.</summary>
    [Theory, MemberData(nameof(Callers))]
    public Task Portfolio_page(string caller) =>
        CheckAsync(caller, new Budget(GrpcCalls: 3, SqlRoundTrips: 2), Get($"/api/compliance?{Year}&pageSize=50"));

    [Theory, MemberData(nameof(Callers))]
    public async Task Schedule(string caller)
    {
        var date = caller == "admin" ? 10 : 20;
        await system.ScheduleAsync(TokenOf(caller), TestData.AnaClient, $"2025-02-{date:00}"); // warm
        var (body, cost) = await system.MeasureAsync(TokenOf(caller), Send("POST", "/api/events/schedule",
            $$"""{"clientName":"{{TestData.AnaClient}}","eventCode":"INSIGHT_TP","eventDate":"2025-02-{{date + 1:00}}","requestId":"budget-{{caller}}"}"""));
        Assert.Equal(TestData.AnaClient, body.GetProperty("clientName").GetString());
        new Budget(GrpcCalls: 1, SqlRoundTrips: 2).Check(cost, output);
    }

    [Theory, MemberData(nameof(Callers))]
    public async Task Complete(string caller)
    {
        var id = await system.ScheduleAsync(TokenOf(caller), TestData.AnaClient, caller == "admin" ? "2025-03-10" : "2025-03-20");
        var (body, cost) = await system.MeasureAsync(TokenOf(caller), Send("POST", $"/api/events/{id}/complete", $$"""{"completedDate":"2025-11-01","requestId":"complete-{{caller}}"}"""));
        Assert.True(body.GetProperty("completed").GetBoolean());
        new Budget(GrpcCalls: 1, SqlRoundTrips: 3).Check(cost, output);
    }

    [Theory, MemberData(nameof(Callers))]
    public async Task Update(string caller)
    {
        var id = await system.ScheduleAsync(TokenOf(caller), TestData.AnaClient, caller == "admin" ? "2025-04-10" : "2025-04-20");
        var (body, cost) = await system.MeasureAsync(TokenOf(caller), Send("PATCH", $"/api/events/{id}", $$"""{"notes":"moved","requestId":"update-{{caller}}"}"""));
        Assert.Equal("moved", body.GetProperty("notes").GetString());
        new Budget(GrpcCalls: 1, SqlRoundTrips: 3).Check(cost, output);
    }

    [Theory, MemberData(nameof(Callers))]
    public async Task Delete(string caller)
    {
        var id = await system.ScheduleAsync(TokenOf(caller), TestData.AnaClient, caller == "admin" ? "2025-05-10" : "2025-05-20");
        var (_, cost) = await system.MeasureAsync(TokenOf(caller), () => new HttpRequestMessage(HttpMethod.Delete, $"/api/events/{id}?requestId=delete-{caller}"));
        new Budget(GrpcCalls: 1, SqlRoundTrips: 2).Check(cost, output);
    }
}
