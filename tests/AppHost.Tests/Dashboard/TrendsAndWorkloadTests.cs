namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 items 4 and 5: trends (portfolio by month, a client's monthly score and saved
/// forecasts) and the workload view's year and capacity; a past deadline never reads "0 month(s) left".</summary>
[Collection(AppHostCollection.Name)]
public sealed class TrendsAndWorkloadTests(AppHostFixture host) : SignedInBrowser(host)
{
    [Fact]
    public async Task Trends_show_the_portfolio_by_month_and_a_clients_score_line()
    {
        var page = await SignedInAsync("admin");
        await page.Page.ClickAsync("#tab-trends");
        await page.Page.Locator("#trends-body figure").WaitForAsync();
        var months = await page.Page.Locator("#trends-body rect.bar-compliant").CountAsync();
        var caption = await page.Page.Locator("#trends-body figcaption").InnerTextAsync();
        await page.Page.SelectOptionAsync("#filter-segment", "Sleeping Giant");
        await page.Page.Locator("#trends-body figcaption", new() { HasTextString = "Sleeping Giant" }).WaitForAsync();
        await page.ScreenshotAsync("trends");
        await page.Page.ClickAsync("#tab-clients");
        await page.OpenClientAsync("SingHealth");
        await page.Page.ClickAsync("#client-trend-details summary");
        await page.Page.Locator("#client-trend figure").WaitForAsync();
        var points = await page.Page.Locator("#client-trend circle.trend-point").CountAsync();

        Assert.InRange(months, Math.Max(1, Today.Month - 1), 12); // one bar per month end of the window so far
        Assert.Contains(ThisYear.ToString(), caption, StringComparison.Ordinal);
        Assert.True(points >= 1, "The client's score line has no points.");
    }

    [Fact]
    public async Task The_workload_names_its_year_and_shows_capacity_and_a_past_deadline_reads_passed()
    {
        var lastYear = ThisYear - 1;
        var page = await SignedInAsync("admin");
        await page.Page.ClickAsync("#tab-workload");
        await page.Page.Locator("#workload tbody tr.expander").First.WaitForAsync();
        var title = await page.Page.Locator("#workload-title").InnerTextAsync();
        var capacity = await page.Page.Locator("#workload tbody tr.expander td.capacity").AllInnerTextsAsync();
        await page.Page.SelectOptionAsync("#year", lastYear.ToString());
        await page.Page.Locator("#workload-title", new() { HasTextString = lastYear.ToString() }).WaitForAsync();
        await page.Page.GotoAsync(new Uri(Gateway, $"/segmentation/?year={lastYear}&client=Epworth").ToString());
        var deadline = await page.Page.Locator("#panel-deadline").InnerTextAsync();

        Assert.Equal($"CSE workload {ThisYear}", title);
        Assert.NotEmpty(capacity);
        Assert.All(capacity, c => Assert.Contains(c, new[] { "On pace", "Cannot close the gap" }));
        Assert.Contains("(passed)", deadline, StringComparison.Ordinal);
        Assert.DoesNotContain("0 month", deadline, StringComparison.Ordinal);
    }
}
