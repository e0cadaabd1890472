using System.Net.Http.Json;
using Segmentation.TestSupport.Budget;

namespace Segmentation.Budget.Tests;

/// <summary>The rate-limit buckets' cost per /api request: one statement on the shared table (several gateways), none
/// when a single gateway keeps them in memory (RateLimiting:Store=Memory, what the AppHost sets for one gateway).</summary>
public sealed class RateLimitStoreBudgetTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData("Database", 1)]
    [InlineData("Memory", 0)]
    public async Task A_read_spends_its_token_with_one_statement_on_the_table_or_none_in_memory(string store, int statements)
    {
        await using var host = await WholeSystem.StartAsync(postgres, g => g.WithSetting("RateLimiting:Store", store));
        using var meter = new CostMeter(host.Calls);
        var client = host.Client(TestAuth.Admin);
        await client.GetFromJsonAsync<object>("/api/compliance/Barwon%20Health?year=2025"); // warm: caches, pools

        var (_, cost) = await meter.MeasureAsync(() => client.GetFromJsonAsync<object>("/api/compliance/Barwon%20Health?year=2025"));

        Assert.Equal(statements, cost.SqlRoundTrips.Count(s => s.Contains("segmentation_gateway_rate_limits", StringComparison.Ordinal)));
        Assert.NotEmpty(cost.SqlRoundTrips); // the meter saw the route's own statements
    }
}
