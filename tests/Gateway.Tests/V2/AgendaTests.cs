using System.Net;
using System.Text.Json;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>GET /api/agenda through the whole system: overdue (open, before today), upcoming (open, from..to, default
/// 30 days) and suggested dates; a CSE sees their own clients only, an admin everyone or the CSE named.</summary>
public sealed class AgendaTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ClockedSystem.StartAsync(postgres);
        await ScheduleAsync(TestData.AnaClient, "SLA_REVIEW", "2025-06-01");                  // overdue
        await ScheduleAsync(TestData.AnaClient, "STRAT_OPS", "2025-06-02", completed: true);   // done: not overdue
        await ScheduleAsync(TestData.AnaClient, "SLA_REVIEW", Today(5));                       // upcoming
        await ScheduleAsync(TestData.AnaClient, "SLA_REVIEW", Today(45));                      // beyond 30 days
        await ScheduleAsync(TestData.BenClient, "SLA_REVIEW", "2025-06-03");                   // Ben's overdue
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>The system's today (2025-06-15) plus <paramref name="days"/>.</summary>
    private static string Today(int days) => new DateOnly(2025, 6, 15).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task ScheduleAsync(string client, string code, string date, bool completed = false)
    {
        using var response = await _host.Client(TestAuth.Admin).PostAsync("/api/events/schedule",
            Json.Of(new { clientName = client, eventCode = code, eventDate = date, completed }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<JsonElement> AgendaAsync(string token, string query = "")
    {
        using var response = await _host.Client(token).GetAsync($"/api/agenda{query}");
        return await Json.ReadAsync(response);
    }

    private static List<(string? Client, string? Date)> Events(JsonElement agenda, string list) =>
        [.. agenda.GetProperty(list).EnumerateArray().Select(e => (e.GetProperty("clientName").GetString(), e.GetProperty("eventDate").GetString()))];

    private static HashSet<string?> SuggestedClients(JsonElement agenda) =>
        [.. agenda.GetProperty("suggested").EnumerateArray().Select(s => s.GetProperty("clientName").GetString())];

    [Fact]
    public async Task A_cse_sees_own_overdue_upcoming_and_suggested_only()
    {
        var agenda = await AgendaAsync(TestData.AnaToken);

        Assert.Equal([(TestData.AnaClient, "2025-06-01")], Events(agenda, "overdue"));
        Assert.Equal([(TestData.AnaClient, Today(5))], Events(agenda, "upcoming"));
        Assert.Equal((Today(0), Today(30)), (agenda.GetProperty("from").GetString(), agenda.GetProperty("to").GetString()));
        Assert.NotEmpty(SuggestedClients(agenda));
        Assert.Subset(new HashSet<string?> { TestData.AnaClient, TestData.AnaSlashClient }, SuggestedClients(agenda));
        var first = agenda.GetProperty("suggested")[0];
        Assert.All(new[] { "eventCode", "eventName", "suggestedDate", "reason", "urgency" }, p => Assert.False(string.IsNullOrEmpty(first.GetProperty(p).GetString())));
    }

    [Fact]
    public async Task A_cse_naming_another_cse_gets_nothing()
    {
        var agenda = await AgendaAsync(TestData.AnaToken, "?cse=Ben%20Ng");

        Assert.Empty(Events(agenda, "overdue"));
        Assert.Empty(Events(agenda, "upcoming"));
        Assert.Empty(SuggestedClients(agenda));
    }

    [Fact]
    public async Task An_admin_sees_everyone_or_the_cse_named()
    {
        var all = await AgendaAsync(TestAuth.Admin);
        var ben = await AgendaAsync(TestAuth.Admin, "?cse=Ben%20Ng");

        Assert.Equal([(TestData.AnaClient, "2025-06-01"), (TestData.BenClient, "2025-06-03")], Events(all, "overdue"));
        Assert.Equal([(TestData.BenClient, "2025-06-03")], Events(ben, "overdue"));
        Assert.Empty(Events(ben, "upcoming"));
        Assert.Equal(new HashSet<string?> { TestData.BenClient }, SuggestedClients(ben));
    }

    [Fact]
    public async Task A_wider_window_brings_later_events_and_a_reversed_one_is_400()
    {
        var wide = await AgendaAsync(TestData.AnaToken, $"?from={Today(1)}&to={Today(60)}");
        using var reversed = await _host.Client(TestData.AnaToken).GetAsync($"/api/agenda?from={Today(9)}&to={Today(1)}");

        Assert.Equal([Today(5), Today(45)], Events(wide, "upcoming").Select(e => e.Date));
        await ProblemAssert.IsValidationProblemAsync(reversed, "to");
    }
}
