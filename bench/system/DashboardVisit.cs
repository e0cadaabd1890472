using Microsoft.Playwright;
using Segmentation.Bench.Portfolio;

namespace Segmentation.Bench.System;

/// <summary>One visit as a user would make it, in a fresh browser context (cold cache, no cookies): open the
/// dashboard on the data year, wait for every client, open three clients' panels, switch the year and back.
/// Every figure is read from the browser's clock (DashboardProbe); TimingTests' definitions: first paint is
/// the first-contentful-paint entry, first clients the page's own "clients-shown" mark.</summary>
public static class DashboardVisit
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(IBrowser browser, Uri gateway, string token, int width, int run, DashboardFigures figures)
    {
        await using var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 900 },
            // Instead of the OIDC cookie (see docs/decisions.md, "dashbench"); every request goes to the gateway.
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        });
        await context.AddInitScriptAsync(DashboardProbe.Script);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var failed = 0;
        page.Response += (_, r) => { if (r.Status >= 400) Interlocked.Increment(ref failed); };
        var probe = new DashboardProbe(page);
        var year = DataGenerator.Year;

        await page.GotoAsync(new Uri(gateway, $"/segmentation/?year={year}").ToString());
        var loaded = await probe.WhenAsync("loaded", Patience);
        figures.Add("First contentful paint", await probe.MarkAsync("first-contentful-paint"));
        figures.Add("First clients on screen", await probe.MarkAsync("clients-shown"));
        var (sent, took) = await probe.FirstCallAsync("/api/compliance");
        figures.Add("(first portfolio page requested at)", sent);
        figures.Add("(first portfolio page's answer took)", took);
        figures.Add("All clients loaded", loaded);
        figures.Add("REST calls until all loaded", (await probe.CallsAsync(0, loaded)).Length);
        var (count, longest) = await probe.LongTasksAsync(0, loaded);
        figures.Add("Long tasks until all loaded", count);
        figures.Add("Longest task until all loaded", longest);
        await MemoryAsync(context, page, figures);

        var cards = page.Locator(".client-card");
        for (var i = 0; i < 3; i++)
        {
            var card = cards.Nth((run * 3 + i) % await cards.CountAsync());
            var name = await card.GetAttributeAsync("data-client") ?? "";
            await probe.ArmAsync($"panel{i}", "panel", name);
            await card.ClickAsync();
            var click = await probe.InputAsync("click");
            var shown = await probe.WhenAsync($"panel{i}", Patience);
            figures.Add("Panel open (click → content)", shown - click);
            figures.Add("REST calls per panel open", (await probe.CallsAsync(click, shown)).Length);
            figures.Add("Longest task in a panel open", (await probe.LongTasksAsync(click, shown)).Longest);
            await page.ClickAsync("#panel-close");
        }

        foreach (var (to, label) in new[] { (year + 1, "Year switch to the next year (change → first clients)"), (year, "Year switch back (change → first clients)") })
        {
            await probe.ArmAsync($"year{to}", "year", to);
            await probe.ArmAsync($"yearLoaded{to}", "yearLoaded", to);
            await page.SelectOptionAsync("#year", to.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            var change = await probe.InputAsync("change");
            figures.Add(label, await probe.WhenAsync($"year{to}", Patience) - change);
            var all = await probe.WhenAsync($"yearLoaded{to}", Patience);
            figures.Add(label.Replace("first clients", "all clients", StringComparison.Ordinal), all - change);
            figures.Add("Longest task in a year switch", (await probe.LongTasksAsync(change, all)).Longest);
        }
        figures.Add("Failed calls (HTTP ≥ 400)", failed);
    }

    /// <summary>JS heap after a forced GC (what stays) and the DOM's size, from the DevTools protocol.</summary>
    private static async Task MemoryAsync(IBrowserContext context, IPage page, DashboardFigures figures)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("HeapProfiler.collectGarbage");
        var heap = (await cdp.SendAsync("Runtime.getHeapUsage"))!.Value;
        figures.Add("JS heap used after all loaded (MiB, after GC)", heap.GetProperty("usedSize").GetDouble() / 1024 / 1024);
        var dom = (await cdp.SendAsync("Memory.getDOMCounters"))!.Value;
        figures.Add("DOM nodes after all loaded", dom.GetProperty("nodes").GetDouble());
        figures.Add("DOM elements in the document", await page.EvaluateAsync<double>("document.getElementsByTagName('*').length"));
        await cdp.DetachAsync();
    }
}
