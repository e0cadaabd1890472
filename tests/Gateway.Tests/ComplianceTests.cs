using System.Net;
using System.Text;
using System.Text.Json;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>API.md "Compliance" (client, portfolio, forecast, workload) through all three real services.
/// Barwon Health (Maintain, 8 required types) completed 5 of them in 2025: 5/8 = 62.5 → 63 (at-risk).</summary>
public sealed class ComplianceTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string AsOf = "year=2025&asOf=2025-11-27";

    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await WholeSystem.StartAsync(postgres);
        const string csv = """
            client,event,date,completed
            Barwon Health,STRAT_OPS,2025-02-10,yes
            Barwon Health,SAT_PLAN,2025-03-10,yes
            Barwon Health,CE_ONSITE,2025-04-10,yes
            Barwon Health,RELEASE_PLAN,2025-05-10,yes
            Barwon Health,WHITESPACE,2025-06-10,yes
            Barwon Health,SLA_REVIEW,2025-07-10,yes
            Barwon Health,INSIGHT_TP,2025-12-10,no
            """;
        using var response = await _host.Client(TestAuth.Admin).PostAsync("/api/events/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(7, (await Json.ReadAsync(response)).GetProperty("inserted").GetInt32());
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_clients_compliance_scores_each_type_lowest_first()
    {
        using var response = await _host.Client(TestData.AnaToken).GetAsync($"/api/compliance/Barwon%20Health?{AsOf}");
        var c = await Json.ReadAsync(response);

        Assert.Equal(("Barwon Health", "Maintain", TestData.Ana, 2025, "2025-11-27"),
            (c.GetProperty("clientName").GetString(), c.GetProperty("segment").GetString(), c.GetProperty("cse").GetString(),
             c.GetProperty("year").GetInt32(), c.GetProperty("asOf").GetString()));
        Assert.Equal(("2025-12-31", false, 1), (c.GetProperty("deadline").GetString(), c.GetProperty("hasSegmentChanged").GetBoolean(), c.GetProperty("monthsToDeadline").GetInt32()));
        Assert.Equal((63, "at-risk", 5, 8),
            (c.GetProperty("overallScore").GetInt32(), c.GetProperty("overallStatus").GetString(),
             c.GetProperty("compliantEventTypes").GetInt32(), c.GetProperty("totalEventTypes").GetInt32()));
        var types = c.GetProperty("eventTypes").EnumerateArray().ToList();
        Assert.Equal(8, types.Count);
        Assert.Equal(types.Select(t => t.GetProperty("percentage").GetInt32()).Order(), types.Select(t => t.GetProperty("percentage").GetInt32()));
        var sla = types.Single(t => t.GetProperty("eventCode").GetString() == "SLA_REVIEW");
        Assert.Equal((2, 1, 50, "at-risk", "medium"),
            (sla.GetProperty("expected").GetInt32(), sla.GetProperty("actual").GetInt32(), sla.GetProperty("percentage").GetInt32(),
             sla.GetProperty("status").GetString(), sla.GetProperty("priorityLevel").GetString()));
    }

    [Fact]
    public async Task The_portfolio_lists_every_client_for_an_admin_without_event_types()
    {
        using var response = await _host.Client(TestAuth.Admin).GetAsync($"/api/compliance?{AsOf}");
        var page = await Json.ReadAsync(response);
        var clients = page.GetProperty("clients").EnumerateArray().ToList();

        Assert.Equal([TestData.AnaClient, TestData.AnaSlashClient, TestData.BenClient], clients.Select(c => c.GetProperty("clientName").GetString()));
        Assert.All(clients, c => Assert.False(c.TryGetProperty("eventTypes", out _)));
        Assert.Equal(63, clients[0].GetProperty("overallScore").GetInt32());
        Assert.Equal("", page.GetProperty("nextPageToken").GetString());
    }

    [Theory]
    [InlineData("&status=at-risk", new[] { TestData.AnaClient })]
    [InlineData("&segment=Sleeping%20Giant", new[] { TestData.BenClient })]
    [InlineData("&cse=Ana%20Lee&pageSize=1", new[] { TestData.AnaClient })]
    public async Task The_portfolio_filters_and_pages(string filter, string[] expected)
    {
        using var response = await _host.Client(TestAuth.Admin).GetAsync($"/api/compliance?{AsOf}{filter}");

        var names = (await Json.ReadAsync(response)).GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("clientName").GetString());
        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task The_forecast_projects_the_year_end_from_the_pace_so_far()
    {
        using var response = await _host.Client(TestData.AnaToken).GetAsync($"/api/compliance/Barwon%20Health/forecast?{AsOf}");
        var f = await Json.ReadAsync(response);

        Assert.Equal(("Barwon Health", 2025, 11, 63, 1, "2025-11-27"),
            (f.GetProperty("clientName").GetString(), f.GetProperty("year").GetInt32(), f.GetProperty("currentMonth").GetInt32(),
             f.GetProperty("currentComplianceScore").GetInt32(), f.GetProperty("monthsRemaining").GetInt32(), f.GetProperty("predictionDate").GetString()));
        Assert.InRange(f.GetProperty("confidenceScore").GetDouble(), 0.3, 1.0);
        Assert.InRange(f.GetProperty("riskScore").GetDouble(), 0.0, 1.0);
        Assert.Contains("Only 1 month(s) remaining - accelerate event scheduling", f.GetProperty("riskFactors").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("INSIGHT_TP", f.GetProperty("priorityEventTypes").EnumerateArray().Select(p => p.GetString()));
        foreach (var field in new[] { "predictedYearEndScore", "predictedStatus", "riskLevel", "recommendedActions", "suggestedEvents" })
            Assert.True(f.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task A_saved_forecast_has_an_id_and_the_history_lists_them_newest_first_in_pages()
    {
        var ana = _host.Client(TestData.AnaToken);

        using var first = await ana.PostAsync($"/api/compliance/Barwon%20Health/forecast?year=2025&asOf=2025-10-01", content: null);
        using var second = await ana.PostAsync($"/api/compliance/Barwon%20Health/forecast?{AsOf}", content: null);
        var saved = await Json.ReadAsync(second);
        using var page1 = await ana.GetAsync("/api/compliance/Barwon%20Health/forecast/history?year=2025&pageSize=1");
        var history = await Json.ReadAsync(page1);
        var token = history.GetProperty("nextPageToken").GetString()!;
        using var page2 = await ana.GetAsync($"/api/compliance/Barwon%20Health/forecast/history?year=2025&pageSize=1&pageToken={Uri.EscapeDataString(token)}");
        var rest = await Json.ReadAsync(page2);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(string.IsNullOrEmpty(saved.GetProperty("id").GetString()));
        Assert.True(saved.GetProperty("savedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(saved.GetProperty("id").GetString(), Assert.Single(history.GetProperty("forecasts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("2025-10-01", Assert.Single(rest.GetProperty("forecasts").EnumerateArray()).GetProperty("predictionDate").GetString());
        Assert.Equal("", rest.GetProperty("nextPageToken").GetString());
    }

    [Fact]
    public async Task A_forecast_that_is_only_read_has_no_id_and_saves_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await _host.Client(TestAuth.Admin).GetAsync($"/api/compliance/Barwon%20Health/forecast?{AsOf}");
        var forecast = await Json.ReadAsync(response);

        Assert.Equal(JsonValueKind.Null, forecast.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, forecast.GetProperty("savedAt").ValueKind);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task Workload_lists_every_cse_for_an_admin_and_only_the_callers_line_for_a_cse()
    {
        using var all = await _host.Client(TestAuth.Admin).GetAsync($"/api/workload?{AsOf}");
        using var own = await _host.Client(TestData.AnaToken).GetAsync($"/api/workload?{AsOf}");
        var everyone = await Json.ReadAsync(all);
        var ana = await Json.ReadAsync(own);

        Assert.Equal([TestData.Ana, TestData.Ben], everyone.GetProperty("ceses").EnumerateArray().Select(c => c.GetProperty("cseName").GetString()).Order());
        var line = Assert.Single(ana.GetProperty("ceses").EnumerateArray());
        Assert.Equal((TestData.Ana, 2), (line.GetProperty("cseName").GetString(), line.GetProperty("totalClients").GetInt32()));
        Assert.Equal([TestData.AnaClient, TestData.AnaSlashClient], line.GetProperty("clientNames").EnumerateArray().Select(n => n.GetString()).Order());
        Assert.Equal(2, ana.GetProperty("totals").GetProperty("totalClients").GetInt32());
        Assert.Equal(3, everyone.GetProperty("totals").GetProperty("totalClients").GetInt32());
    }

    [Fact]
    public async Task An_unknown_client_is_404_for_compliance_and_forecast()
    {
        var admin = _host.Client(TestAuth.Admin);

        using var compliance = await admin.GetAsync($"/api/compliance/Nobody?{AsOf}");
        using var forecast = await admin.GetAsync($"/api/compliance/Nobody/forecast?{AsOf}");

        await ProblemAssert.IsProblemAsync(compliance, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(forecast, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/compliance?status=fine", "status")]
    [InlineData("/api/compliance?segment=Gold", "segment")]
    public async Task Values_a_service_refuses_are_400_naming_the_field(string path, string field)
    {
        using var response = await _host.Client(TestAuth.Admin).GetAsync(path);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task A_result_is_never_older_than_the_last_completion()
    {
        var admin = _host.Client(TestAuth.Admin);
        using var list = await admin.GetAsync("/api/events?clientName=Barwon%20Health&eventCode=SLA_REVIEW&completed=true");
        using (await admin.PostAsync("/api/events/schedule", Json.Raw("""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2025-08-10"}""")))
        {
        }
        var id = (await Json.ReadAsync(await admin.GetAsync("/api/events?clientName=Barwon%20Health&eventCode=SLA_REVIEW&completed=false")))
            .GetProperty("events")[0].GetProperty("id").GetString();

        using (await admin.PostAsync($"/api/events/{id}/complete", Json.Raw("""{"completedDate":"2025-08-10"}"""))) { }
        using var response = await admin.GetAsync($"/api/compliance/Barwon%20Health?{AsOf}");
        var after = await Json.ReadAsync(response);

        Assert.Equal(1, (await Json.ReadAsync(list)).GetProperty("events").GetArrayLength());
        Assert.Equal((75, 6), (after.GetProperty("overallScore").GetInt32(), after.GetProperty("compliantEventTypes").GetInt32()));
        Assert.Equal(JsonValueKind.Array, after.GetProperty("eventTypes").ValueKind);
    }
}
