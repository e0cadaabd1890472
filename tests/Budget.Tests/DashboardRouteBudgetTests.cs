namespace Segmentation.Budget.Tests;

/// <summary>Issue 15's routes, for an admin and a CSE (Ana), warm as in RouteBudgetTests: none grows with the number of
/// clients. The trend grows with the months of the window only (one assessment stream a point).</summary>
public sealed class DashboardRouteBudgetTests(BudgetSystem system, ITestOutputHelper output) : IClassFixture<BudgetSystem>
{
    private const string Client = "Barwon%20Health";

    public static TheoryData<string> Callers => ["admin", "cse"];

    private static string TokenOf(string caller) => caller == "admin" ? TestAuth.Admin : TestData.AnaToken;

    private async Task CheckAsync(string caller, Budget budget, string path)
    {
        HttpRequestMessage Request() => new(HttpMethod.Get, path);
        await system.MeasureAsync(TokenOf(caller), Request); // warm
        var (_, cost) = await system.MeasureAsync(TokenOf(caller), Request);
        budget.Check(cost, output);
    }

    /// <summary>ListSuggestions (assessments + two count streams in Compliance), then the overdue and upcoming lists.</summary>
    [Theory, MemberData(nameof(Callers))]
    public Task Agenda(string caller) => CheckAsync(caller, new Budget(GrpcCalls: 6, SqlRoundTrips: 5), "/api/agenda");

    /// <summary>An admin naming a CSE: the same calls, the lists after the suggestions (which name the CSE's clients).</summary>
    [Fact]
    public Task Agenda_of_a_named_cse() => CheckAsync("admin", new Budget(GrpcCalls: 6, SqlRoundTrips: 5), "/api/agenda?cse=Ana%20Lee");

    /// <summary>2025 seen from today: today's assessments (which find the deadline), one assessment stream per month end
    /// (12), then one count stream for all of them.</summary>
    [Theory, MemberData(nameof(Callers))]
    public Task Client_trend(string caller) => CheckAsync(caller, new Budget(GrpcCalls: 15, SqlRoundTrips: 14), $"/api/compliance/{Client}/trend?year=2025");

    [Theory, MemberData(nameof(Callers))]
    public Task Portfolio_trend(string caller) => CheckAsync(caller, new Budget(GrpcCalls: 15, SqlRoundTrips: 14), "/api/compliance/trend?year=2025");

    /// <summary>Every page of the portfolio: one page here (as GET /api/compliance).</summary>
    [Theory, MemberData(nameof(Callers))]
    public Task Portfolio_export(string caller) => CheckAsync(caller, new Budget(GrpcCalls: 3, SqlRoundTrips: 2), "/api/compliance/export?year=2025");

    [Theory, MemberData(nameof(Callers))]
    public Task Events_export(string caller) => CheckAsync(caller, new Budget(GrpcCalls: 1, SqlRoundTrips: 1), "/api/events/export?year=2025");

    /// <summary>The anonymous .ics: one call to Events (feed lookup, the owner's clients, their events).</summary>
    [Theory, MemberData(nameof(Callers))]
    public async Task Calendar_feed(string caller)
    {
        var (feed, _) = await system.MeasureAsync(TokenOf(caller), () => new HttpRequestMessage(HttpMethod.Post, "/api/calendar/feed"));
        await CheckAsync(caller, new Budget(GrpcCalls: 1, SqlRoundTrips: 2), new Uri(feed.GetProperty("url").GetString()!).AbsolutePath);
    }
}
