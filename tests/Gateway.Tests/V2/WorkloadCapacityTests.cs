using System.Text.Json;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>GET /api/workload rows carry capacity. On 2025-06-15 the deadline (Dec 31) is 6 months away; Ana completed
/// 2 events in the last 90 days (Apr 10, May 10; Feb and Mar are older), a recent pace of 0.67 a month.</summary>
public sealed class WorkloadCapacityTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ClockedSystem.StartAsync(postgres);
        await Seed.BarwonAsync(_host);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<List<JsonElement>> RowsAsync(string token)
    {
        using var response = await _host.Client(token).GetAsync("/api/workload?year=2025");
        return [.. (await Json.ReadAsync(response)).GetProperty("ceses").EnumerateArray()];
    }

    [Fact]
    public async Task Capacity_compares_the_recent_pace_with_the_pace_the_missing_events_need()
    {
        var ana = (await RowsAsync(TestAuth.Admin)).Single(r => r.GetProperty("cseName").GetString() == TestData.Ana);
        var capacity = ana.GetProperty("capacity");

        var outstanding = ana.GetProperty("outstandingEvents").GetInt32();
        Assert.True(outstanding > 0);
        Assert.Equal(outstanding, capacity.GetProperty("outstandingRequired").GetInt32());
        Assert.Equal(6, capacity.GetProperty("monthsLeft").GetInt32());
        Assert.Equal(0.67, capacity.GetProperty("recentPacePerMonth").GetDouble());
        Assert.Equal(Math.Round(outstanding / 6.0, 2, MidpointRounding.AwayFromZero), capacity.GetProperty("neededPacePerMonth").GetDouble());
        Assert.True(capacity.GetProperty("overloaded").GetBoolean());
    }

    [Fact]
    public async Task A_cse_without_recent_completions_has_pace_zero_and_a_cse_sees_only_their_row()
    {
        var ben = (await RowsAsync(TestAuth.Admin)).Single(r => r.GetProperty("cseName").GetString() == TestData.Ben);
        var asBen = await RowsAsync(TestData.BenToken);

        Assert.Equal(0, ben.GetProperty("capacity").GetProperty("recentPacePerMonth").GetDouble());
        Assert.Equal([TestData.Ben], asBen.Select(r => r.GetProperty("cseName").GetString()));
        Assert.Equal(ben.GetProperty("capacity").ToString(), asBen[0].GetProperty("capacity").ToString());
    }
}
