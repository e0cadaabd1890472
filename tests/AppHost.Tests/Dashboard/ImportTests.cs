using System.Text;
using Microsoft.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 item 3: import in the page. The dry run reports rows, reasons and duplicates, and
/// nothing is written before Confirm.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ImportTests(AppHostFixture host) : SignedInBrowser(host)
{
    [Fact]
    public async Task A_file_is_checked_first_rejected_rows_block_it_and_only_confirm_writes()
    {
        var client = AdminApi.Unique("Imported Hospital");
        await Admin.CreateClientAsync(client);
        var y = ThisYear;
        var withError = $"client,event,date,completed\n{client},STRAT_OPS,{y}-02-03,yes\n{client},NO_SUCH_EVENT,{y}-02-04,no\n{client},STRAT_OPS,{y}-02-03,yes\n";
        var clean = $"client,event,date,completed\n{client},STRAT_OPS,{y}-02-03,yes\n{client},SLA_REVIEW,{y}-03-04,yes\n{client},STRAT_OPS,{y}-02-03,yes\n";
        var page = await SignedInAsync("admin");
        await page.Page.ClickAsync("#tab-import");

        await ChooseAsync(page.Page, withError);
        await page.Page.ClickAsync("#import-check");
        await page.Page.Locator("#import-counts").WaitForAsync();
        var rejected = await page.Page.Locator("#import-rejected li").AllInnerTextsAsync();
        var confirmOffered = await page.Page.Locator("#import-confirm").IsVisibleAsync();

        await ChooseAsync(page.Page, clean);
        await page.Page.ClickAsync("#import-check");
        await page.Page.Locator("#import-counts").WaitForAsync();
        var counts = await page.Page.Locator("#import-report").InnerTextAsync();
        Assert.True(await page.Page.Locator("#import-confirm").IsVisibleAsync(), counts);
        var duplicates = await page.Page.Locator("#import-duplicates li").AllInnerTextsAsync();
        await page.ScreenshotAsync("import-dry-run");
        var beforeConfirm = await Admin.EventsAsync(client, y);
        await page.Page.ClickAsync("#import-confirm");
        await page.Page.Locator("#import-headline", new() { HasTextString = "Imported 2" }).WaitForAsync();

        Assert.Contains(rejected, r => r.StartsWith("Row 3:", StringComparison.Ordinal));
        Assert.False(confirmOffered);
        Assert.Contains("3 row(s): 2 to insert, 1 duplicate(s), 0 rejected.", counts, StringComparison.Ordinal);
        Assert.Contains(duplicates, d => d.StartsWith("Row 4:", StringComparison.Ordinal));
        Assert.Empty(beforeConfirm);
        Assert.Equal(2, (await Admin.EventsAsync(client, y)).Length);
    }

    private static Task ChooseAsync(IPage page, string csv) => page.SetInputFilesAsync("#import-file", new FilePayload
    {
        Name = "register.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
    });
}
