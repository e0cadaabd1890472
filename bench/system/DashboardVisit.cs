using Microsoft.Playwright;
using Segmentation.Bench.Portfolio;

namespace Segmentation.Bench.System;

/// <summary>One visit as a user would make it, in a fresh browser context (cold cache, no cookies): open the
/// dashboard on the data year, wait for every client, then what a user does next (DashboardActions).
/// Every figure is read from the browser's clock (DashboardProbe); TimingTests' definitions: first paint is
/// the first-contentful-paint entry, first clients the page's own "clients-shown" mark.</summary>
public static class DashboardVisit
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static int _visits;

    public static async Task RunAsync(IBrowser browser, Uri gateway, string token, int width, int run, DashboardFigures figures, string eventCode)
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
        // The page's own calls (the bench's write below retries a taken date on its 409).
        page.Response += (_, r) => { if (r.Status >= 400 && !r.Url.Contains("/api/events/schedule", StringComparison.Ordinal)) Interlocked.Increment(ref failed); };
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

        var actions = new DashboardActions(page, probe, figures, Patience);
        await actions.OpenPanelsAsync(run);
        await actions.SwitchYearsAsync(year);
        await actions.LiveChangeAsync(eventCode, year, Interlocked.Increment(ref _visits) * 20);
        await actions.SearchAsync($"0{run + 1}9");
        figures.Add("Failed calls of the page (HTTP ≥ 400)", failed);
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
