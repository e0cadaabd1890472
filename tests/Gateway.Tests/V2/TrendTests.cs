using System.Net;
using System.Text.Json;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>GET /api/compliance/{clientName}/trend and /api/compliance/trend on 2025-06-15: a point at each month end
/// of 2025 so far and one for today; Barwon Health (8 required types) meets one more type each month Feb-May.</summary>
public sealed class TrendTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly string[] Points = ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-15"];

    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ClockedSystem.StartAsync(postgres);
        await Seed.BarwonAsync(_host);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<List<JsonElement>> PointsAsync(string token, string path)
    {
        using var response = await _host.Client(token).GetAsync(path);
        return [.. (await Json.ReadAsync(response)).GetProperty("points").EnumerateArray()];
    }

    [Fact]
    public async Task A_clients_score_rises_month_by_month()
    {
        var points = await PointsAsync(TestData.AnaToken, "/api/compliance/Barwon%20Health/trend?year=2025");

        Assert.Equal(Points, points.Select(p => p.GetProperty("asOf").GetString()));
        Assert.Equal([0, 13, 25, 38, 50, 50], points.Select(p => p.GetProperty("overallScore").GetInt32()));
        Assert.Equal("critical", points[0].GetProperty("overallStatus").GetString());
    }

    [Fact]
    public async Task Another_cses_client_is_404_for_a_cse_and_shown_to_an_admin()
    {
        using var ana = await _host.Client(TestData.AnaToken).GetAsync("/api/compliance/WA%20Health/trend?year=2025");
        var admin = await PointsAsync(TestAuth.Admin, "/api/compliance/WA%20Health/trend?year=2025");

        await ProblemAssert.IsProblemAsync(ana, HttpStatusCode.NotFound);
        Assert.Equal(Points, admin.Select(p => p.GetProperty("asOf").GetString()));
    }

    [Theory]
    [InlineData("admin", "", 3)]
    [InlineData("admin", "&cse=Ben%20Ng", 1)]
    [InlineData("cse", "", 2)]
    [InlineData("cse", "&cse=Ben%20Ng", 0)]
    public async Task The_portfolio_counts_the_visible_clients_at_each_point(string caller, string filter, int clients)
    {
        var points = await PointsAsync(caller == "admin" ? TestAuth.Admin : TestData.AnaToken, $"/api/compliance/trend?year=2025{filter}");

        Assert.Equal(Points, points.Select(p => p.GetProperty("asOf").GetString()));
        Assert.All(points, p => Assert.Equal(clients,
            p.GetProperty("compliant").GetInt32() + p.GetProperty("atRisk").GetInt32() + p.GetProperty("critical").GetInt32()));
    }
}
