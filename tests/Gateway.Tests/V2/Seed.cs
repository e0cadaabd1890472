using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>Events written through the gateway as an admin, and the 2025 completions of Barwon Health that the
/// trend, capacity and export tests share: one new event type met each month, February to May.</summary>
public static class Seed
{
    public static readonly (string Code, string Date)[] BarwonCompletions =
        [("STRAT_OPS", "2025-02-10"), ("SAT_PLAN", "2025-03-10"), ("CE_ONSITE", "2025-04-10"), ("RELEASE_PLAN", "2025-05-10")];

    public static async Task<string> EventAsync(InMemorySystem host, string client, string code, string date, bool completed = false, string? notes = null)
    {
        using var response = await host.Client(TestAuth.Admin).PostAsync("/api/events/schedule",
            Json.Of(new { clientName = client, eventCode = code, eventDate = date, completed, notes }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("id").GetString()!;
    }

    public static async Task BarwonAsync(InMemorySystem host)
    {
        foreach (var (code, date) in BarwonCompletions) await EventAsync(host, TestData.AnaClient, code, date, completed: true);
    }
}
