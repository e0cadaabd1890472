using System.Text.RegularExpressions;

namespace Segmentation.Budget.Tests;

/// <summary>Opening a client panel in the dashboard (panel.js openPanel, then loadPanel): at most 4 REST calls, each within its
/// route budget (RouteBudgetTests: compliance, forecast, event list in the assessment window), and the whole
/// open within the sum, measured here as the dashboard sends it.</summary>
public sealed partial class PanelBudgetTests(BudgetSystem system, ITestOutputHelper output) : IClassFixture<BudgetSystem>
{
    /// <summary>The calls openPanel makes, as the dashboard builds them (state.year = 2025).</summary>
    private static readonly string[] PanelCalls =
    [
        "/api/compliance/Barwon%20Health?year=2025",
        "/api/compliance/Barwon%20Health/forecast?year=2025",
        "/api/events?clientName=Barwon%20Health&year=2025&window=assessment&pageSize=500",
    ];

    [Fact]
    public void The_panel_makes_at_most_four_REST_calls_and_they_are_the_ones_measured_here()
    {
        var panel = File.ReadAllText(Path.Combine(RepositoryRoot(), "src/Gateway/wwwroot/segmentation/panel.js"));
        var open = panel[panel.IndexOf("export async function openPanel", StringComparison.Ordinal)..];
        var loads = open[open.IndexOf("Promise.all([", StringComparison.Ordinal)..open.IndexOf("]);", StringComparison.Ordinal)];
        var calls = CallPattern().Matches(loads).Select(m => m.Value).ToList();
        Assert.True(calls.Count <= 4, $"openPanel makes {calls.Count} REST calls: {string.Join(", ", calls)}");
        Assert.Equal(["clientCompliance(", "api(`/api/compliance/${q(name)}/forecast", "all(`/api/events"], calls);
        Assert.Contains("&window=assessment`, 'events'", loads, StringComparison.Ordinal); // then the load's abort signal
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("cse")]
    public async Task Opening_a_panel_costs_at_most_the_sum_of_its_calls_budgets(string caller)
    {
        var token = caller == "admin" ? TestAuth.Admin : TestData.AnaToken;
        foreach (var path in PanelCalls) await system.MeasureAsync(token, () => new HttpRequestMessage(HttpMethod.Get, path)); // warm
        var grpc = 0;
        var sql = 0;
        foreach (var path in PanelCalls)
        {
            var (_, cost) = await system.MeasureAsync(token, () => new HttpRequestMessage(HttpMethod.Get, path));
            output.WriteLine($"{path}\n{cost}");
            (grpc, sql) = (grpc + cost.GrpcCalls.Count, sql + cost.SqlRoundTrips.Count);
        }
        if (Environment.GetEnvironmentVariable("BUDGET_REPORT") is { Length: > 0 } report)
            File.AppendAllText(report, $"{TestContext.Current.Test?.TestDisplayName}: {grpc} gRPC, {sql} SQL\n");
        // compliance 3 + 2, forecast 3 + 2, assessment-window list 2 + 2; each call also spends a rate-limit token (1 SQL).
        var sqlBudget = 6 + PanelCalls.Length * Budget.GatewayRateLimitStatements;
        Assert.True(grpc <= 8 && sql <= sqlBudget, $"The panel cost {grpc} gRPC calls and {sql} SQL round trips (budget 8 and {sqlBudget}).");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Segmentation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Segmentation.sln not found above the test directory.");
    }

    [GeneratedRegex(@"clientCompliance\(|(api|all)\(`[^?`]*")]
    private static partial Regex CallPattern();
}
