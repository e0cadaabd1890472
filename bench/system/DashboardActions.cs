using System.Globalization;
using Microsoft.Playwright;

namespace Segmentation.Bench.System;

/// <summary>What a user does once the clients are in: open clients' panels, switch the year and back, type
/// in the search box; each timed from the input event's own timestamp to the DOM change that shows the result.</summary>
public sealed class DashboardActions(IPage page, DashboardProbe probe, DashboardFigures figures, TimeSpan patience)
{
    /// <summary>Three panels, from cards of the first page (a different three in each run).</summary>
    public async Task OpenPanelsAsync(int run)
    {
        var cards = page.Locator(".client-card");
        for (var i = 0; i < 3; i++)
        {
            var card = cards.Nth((run * 3 + i) % await cards.CountAsync());
            var name = await card.GetAttributeAsync("data-client") ?? "";
            await probe.ArmAsync($"panel{i}", "panel", name);
            await card.ClickAsync();
            var click = await probe.InputAsync("click");
            var shown = await probe.WhenAsync($"panel{i}", patience);
            figures.Add("Panel open (click → content)", shown - click);
            figures.Add("REST calls per panel open", (await probe.CallsAsync(click, shown)).Length);
            figures.Add("Longest task in a panel open", (await probe.LongTasksAsync(click, shown)).Longest);
            await page.ClickAsync("#panel-close");
        }
    }

    /// <summary>To the next year (its clients, no events) and back to the data year.</summary>
    public async Task SwitchYearsAsync(int year)
    {
        foreach (var (to, label) in new[] { (year + 1, "Year switch to the next year"), (year, "Year switch back") })
        {
            await probe.ArmAsync($"year{to}", "year", to);
            await probe.ArmAsync($"yearLoaded{to}", "yearLoaded", to);
            await page.SelectOptionAsync("#year", to.ToString(CultureInfo.InvariantCulture));
            var change = await probe.InputAsync("change");
            figures.Add($"{label} (change → first clients)", await probe.WhenAsync($"year{to}", patience) - change);
            var all = await probe.WhenAsync($"yearLoaded{to}", patience);
            figures.Add($"{label} (change → all clients)", all - change);
            figures.Add("Longest task in a year switch", (await probe.LongTasksAsync(change, all)).Longest);
        }
    }

    /// <summary>Types <paramref name="text"/> one key at a time: each keystroke filters and sorts every client
    /// in the page (the first, "0", is in every bench client's name: all of them pass).</summary>
    public async Task SearchAsync(string text)
    {
        var box = page.Locator("#search");
        for (var k = 1; k <= text.Length; k++)
        {
            await probe.ArmAsync($"search{k}", "searched", text[..k]);
            await box.PressAsync(text[k - 1].ToString());
            var input = await probe.InputAsync("input");
            var shown = await probe.WhenAsync($"search{k}", patience);
            figures.Add("Search keystroke (input → filtered cards)", shown - input);
            figures.Add("Longest task in a search keystroke", (await probe.LongTasksAsync(input, shown)).Longest);
        }
    }
}
