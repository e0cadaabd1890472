using Microsoft.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>"Overdue" and the latest date a meeting can be logged follow the business calendar (GET /api/me's today),
/// not the browser's clock: here the browser's clock is three days behind it.</summary>
[Collection(AppHostCollection.Name)]
public sealed class BusinessDateTests(AppHostFixture host) : SignedInBrowser(host)
{
    [Fact]
    public async Task A_browser_whose_clock_is_behind_still_shows_yesterdays_meeting_overdue_and_logs_up_to_today()
    {
        var client = AdminApi.Unique("Business Date Hospital");
        await Admin.CreateClientAsync(client);
        // Yesterday by the business calendar: in the future for the browser (unless today is 1 January: the year's window).
        var yesterday = Today.DayOfYear > 1 ? Today.AddDays(-1) : Today;
        await Admin.ScheduleAsync(client, "STRAT_OPS", yesterday);
        var browserNow = DateTime.UtcNow.AddDays(-3);
        var page = await SignedInAsync("admin", prepare: p => p.Clock.SetFixedTimeAsync(browserNow));
        await page.OpenAsync(client);

        var state = await page.Page.Locator("#events .state").First.InnerTextAsync();
        await page.Page.ClickAsync("#log-open");
        var latest = await page.Page.GetAttributeAsync("#schedule-form input[name=eventDate]", "max");

        Assert.Equal(Today.ToString("yyyy-MM-dd"), latest);
        Assert.Equal(yesterday < Today ? "Overdue" : "Scheduled", state);
    }
}
