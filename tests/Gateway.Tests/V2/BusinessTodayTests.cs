using System.Net.Http.Json;
using System.Text.Json;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>GET /api/me says the business calendar's date, which the dashboard uses for "overdue" and the latest date a
/// meeting can be logged: at 01:00 in Sydney it is already the 15th there while UTC (and a browser west of Sydney)
/// still says the 14th.</summary>
public sealed class BusinessTodayTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset SydneyOneAm = new(2025, 6, 14, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Me_says_todays_date_in_the_business_time_zone(bool signedIn)
    {
        await using var host = await ClockedSystem.StartAsync(postgres, SydneyOneAm);

        var me = await host.Client(signedIn ? TestData.AnaToken : null)
            .GetFromJsonAsync<JsonElement>("/api/me", TestContext.Current.CancellationToken);

        Assert.Equal((signedIn, "2025-06-15"), (me.GetProperty("signedIn").GetBoolean(), me.GetProperty("today").GetString()));
    }
}
