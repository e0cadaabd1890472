using System.Net;
using System.Text;
using Microsoft.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 items 7 and 8: CSV and Excel exports of exactly the filtered rows (the name search too), and the calendar feed's
/// secret URL (created, copied, rotated, revoked) from the page.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ExportAndCalendarTests(AppHostFixture host) : SignedInBrowser(host)
{
    [Fact]
    public async Task The_portfolio_export_has_the_filtered_rows_and_a_clients_export_its_events()
    {
        var client = AdminApi.Unique("Export Hospital");
        await Admin.CreateClientAsync(client, segment: "Giant");
        await Admin.ScheduleAsync(client, "STRAT_OPS", Today);
        await Admin.ScheduleAsync(client, "SLA_REVIEW", Today);
        var page = await SignedInAsync("admin");
        await page.Page.SelectOptionAsync("#filter-segment", "Giant");
        var shown = await page.Cards.CountAsync();
        var portfolio = await DownloadAsync(page.Page, "#export-clients");
        var workbook = await DownloadBytesAsync(page.Page, "#export-clients-xlsx");
        await page.Page.FillAsync("#search", client);
        await page.Cards.First.WaitForAsync();
        await Assertions.Expect(page.Cards).ToHaveCountAsync(1);
        var searched = await DownloadAsync(page.Page, "#export-clients");
        await page.OpenAsync(client);
        var events = await DownloadAsync(page.Page, "#export-events");

        Assert.Equal(shown, portfolio.Length - 1);
        Assert.Equal("PK"u8.ToArray(), workbook.Take(2)); // a zip package: the .xlsx
        Assert.Equal(2, searched.Length);
        Assert.Contains(client, searched[1], StringComparison.Ordinal);
        Assert.Contains(portfolio, line => line.Contains(client, StringComparison.Ordinal));
        Assert.Equal(2, events.Length - 1);
    }

    [Fact]
    public async Task The_calendar_feed_url_is_created_rotated_and_revoked_from_the_page()
    {
        var page = await SignedInAsync("Priya Nair");
        await page.Page.ClickAsync("#calendar-open");
        await page.Page.ClickAsync("#calendar-create");
        var first = await WaitUrlAsync(page.Page, "");
        var firstFeed = await GetAsync(first);
        await page.Page.ClickAsync("#calendar-create");
        var second = await WaitUrlAsync(page.Page, first);
        var firstAfterRotate = await GetAsync(first);
        var secondFeed = await GetAsync(second);
        await page.Page.ClickAsync("#calendar-revoke");
        await page.Page.Locator("#calendar-status", new() { HasTextString = "no longer works" }).WaitForAsync();
        var secondAfterRevoke = await GetAsync(second);

        Assert.Equal(HttpStatusCode.OK, firstFeed.Status);
        Assert.Contains("BEGIN:VCALENDAR", firstFeed.Body, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, firstAfterRotate.Status);
        Assert.Equal(HttpStatusCode.OK, secondFeed.Status);
        Assert.NotEqual(HttpStatusCode.OK, secondAfterRevoke.Status);
    }

    private static async Task<string> WaitUrlAsync(IPage page, string previous)
    {
        var input = page.Locator("#calendar-url");
        await Assertions.Expect(input).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"/calendar/.+\.ics$"));
        await Assertions.Expect(input).Not.ToHaveValueAsync(previous);
        return await input.InputValueAsync();
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(string url)
    {
        using var http = new HttpClient(); // no cookie, no token: the secret in the URL is the credential
        var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<byte[]> DownloadBytesAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(link));
        return await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
    }

    private static async Task<string[]> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(link));
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, TestContext.Current.CancellationToken);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
