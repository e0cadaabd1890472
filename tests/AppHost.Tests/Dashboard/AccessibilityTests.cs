using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 item 10: axe-core finds no WCAG 2.1 A/AA violation on any view, on a desktop and on a phone.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AccessibilityTests(AppHostFixture host) : SignedInBrowser(host)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [InlineData(1400)]
    [InlineData(390)]
    public async Task Every_view_has_no_axe_violations(int width)
    {
        var client = AdminApi.Unique("Accessible Hospital");
        await Admin.CreateClientAsync(client);
        await Admin.ScheduleAsync(client, "STRAT_OPS", Today);
        var page = await SignedInAsync("admin", width);
        var found = new List<string>();
        async Task ScanAsync(string view)
        {
            var result = await page.Page.RunAxe(Wcag21AA);
            found.AddRange(result.Violations.Select(v =>
                $"{view}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        }

        await ScanAsync("cards");
        await page.Page.ClickAsync("#layout-table");
        await page.Page.Locator("#portfolio-table").WaitForAsync();
        await ScanAsync("table");
        if (width > 600) await page.ScreenshotAsync("clients-table");
        await page.Page.ClickAsync("#layout-cards");
        await page.OpenAsync(client);
        await ScanAsync("client panel");
        await page.Page.ClickAsync("#log-open");
        await ScanAsync("log completed event dialog");
        if (width > 600) await page.ScreenshotAsync("log-completed-event");
        await page.Page.ClickAsync("#schedule-cancel");
        await page.EventAction("delete").ClickAsync();
        await ScanAsync("delete confirmation");
        await page.Page.ClickAsync("#confirm-no");
        await page.Page.ClickAsync("#panel-close");
        await page.Page.ClickAsync("#tab-agenda");
        await page.Page.Locator("#agenda-suggested").WaitForAsync();
        await ScanAsync("agenda");
        await page.Page.ClickAsync("#tab-trends");
        await page.Page.Locator("#trends-body figure").WaitForAsync();
        await ScanAsync("trends");
        await page.Page.ClickAsync("#calendar-open");
        await ScanAsync("calendar feed dialog");
        await page.Page.ClickAsync("#calendar-close");
        await page.Page.ClickAsync("#tab-workload");
        await page.Page.Locator("#workload tbody tr").First.WaitForAsync();
        await ScanAsync("workload");
        await page.Page.ClickAsync("#tab-import");
        await page.Page.SetInputFilesAsync("#import-file", new Microsoft.Playwright.FilePayload
        {
            Name = "register.csv", MimeType = "text/csv", Buffer = "client,event,date\nNo Such Client,STRAT_OPS,2026-01-05\n"u8.ToArray(),
        });
        await page.Page.ClickAsync("#import-check");
        await page.Page.Locator("#import-counts").WaitForAsync();
        await ScanAsync("import report");

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}
