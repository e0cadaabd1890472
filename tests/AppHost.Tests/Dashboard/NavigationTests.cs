namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 item 9: a sortable, paged table beside the cards, and the page's state in the URL
/// (the back button and a shared link restore filters, view and the open client).</summary>
[Collection(AppHostCollection.Name)]
public sealed class NavigationTests(AppHostFixture host) : SignedInBrowser(host)
{
    [Fact]
    public async Task The_table_sorts_by_any_column_and_pages_and_keeps_both_in_the_url()
    {
        var page = await SignedInAsync("admin");
        await page.Page.ClickAsync("#layout-table");
        await page.Page.SelectOptionAsync("#per-page", "10");
        var rows = page.Page.Locator("#portfolio-table tbody tr");
        await page.Page.ClickAsync("button[data-sort=overallScore]");
        var ascending = Scores(await rows.Locator(".score-cell").AllInnerTextsAsync());
        await page.Page.ClickAsync("button[data-sort=overallScore]");
        var descending = Scores(await rows.Locator(".score-cell").AllInnerTextsAsync());
        var firstPage = await rows.AllInnerTextsAsync();
        await page.Page.ClickAsync("#page-next");
        var secondPage = await rows.AllInnerTextsAsync();
        var url = page.Page.Url;

        Assert.Equal(10, firstPage.Count);
        Assert.NotEmpty(secondPage);
        Assert.Empty(firstPage.Intersect(secondPage));
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.True(descending[0] >= ascending[^1]);
        Assert.Contains("layout=table", url, StringComparison.Ordinal);
        Assert.Contains("sort=overallScore", url, StringComparison.Ordinal);
        Assert.Contains("dir=desc", url, StringComparison.Ordinal);
        Assert.Contains("page=2", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_and_the_open_client_are_in_the_url_the_back_button_undoes_them_and_a_shared_link_restores_them()
    {
        var client = AdminApi.Unique("Linked Hospital");
        await Admin.CreateClientAsync(client, segment: "Nurture");
        var page = await SignedInAsync("admin");
        await page.Page.SelectOptionAsync("#filter-segment", "Nurture");
        await page.OpenClientAsync(client);
        var shared = page.Page.Url;

        await page.Page.GoBackAsync();
        await page.Page.Locator("#panel").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden });
        var segmentAfterOneBack = await page.Page.InputValueAsync("#filter-segment");
        await page.Page.GoBackAsync();
        await page.Page.WaitForFunctionAsync("document.getElementById('filter-segment').value === ''");
        var cardsUnfiltered = await page.Cards.CountAsync();

        var other = await SignedInAsync("admin");
        await other.Page.GotoAsync(shared);
        await other.Page.Locator("#panel-header h2", new() { HasTextString = client }).WaitForAsync();
        await other.Cards.First.WaitForAsync();
        var sharedSegments = await other.Cards.Locator(".seg-pill").AllInnerTextsAsync();

        Assert.Contains("segment=Nurture", shared, StringComparison.Ordinal);
        Assert.Contains($"client={Uri.EscapeDataString(client).Replace("%20", "+", StringComparison.Ordinal)}", shared, StringComparison.Ordinal);
        Assert.Equal("Nurture", segmentAfterOneBack);
        Assert.True(cardsUnfiltered > sharedSegments.Count);
        Assert.Equal("Nurture", await other.Page.InputValueAsync("#filter-segment"));
        Assert.All(sharedSegments, s => Assert.Equal("Nurture", s));
    }

    private static int[] Scores(IEnumerable<string> cells) => [.. cells.Select(c => int.Parse(c.TrimEnd('%')))];
}
