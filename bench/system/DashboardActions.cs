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

    /// <summary>Another user's write (made here through the page's fetch, so its answer is on the browser's clock):
    /// a completed event logged for the first card's client; timed to the page's re-rendered cards (the live push
    /// and the page's refetch), with the REST calls the page made for it.</summary>
    public async Task LiveChangeAsync(string eventCode, int year, int serial)
    {
        var client = await page.Locator(".client-card").First.GetAttributeAsync("data-client") ?? "";
        await page.EvaluateAsync("() => { for (const c of document.querySelectorAll('#cards .client-card')) c.__bench = true; }");
        await probe.ArmAsync("live", "rerendered");
        var answered = await page.EvaluateAsync<double>(WriteScript, new object[] { client, eventCode, serial, year });
        var shown = await probe.WhenAsync("live", patience);
        figures.Add("Another user's change → cards re-rendered (after the write's answer)", shown - answered);
        figures.Add("REST calls the page made for that change", (await probe.CallsAsync(answered, shown)).Length);
        figures.Add("Longest task in that refresh", (await probe.LongTasksAsync(answered, shown)).Longest);
    }

    // A date not yet taken for that type (409 otherwise): tried day by day from the serial's.
    private const string WriteScript = """
        async ([clientName, eventCode, serial, year]) => {
          for (let day = serial; day < serial + 20; day++) {
            const date = new Date(Date.UTC(year, 0, 10 + (day % 300))).toISOString().slice(0, 10);
            const response = await fetch(`/api/events/schedule?requestId=${crypto.randomUUID()}`, { method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Segmentation-Request': '1' },
              body: JSON.stringify({ clientName, eventCode, eventDate: date, completed: true, completedDate: date }) });
            if (response.status === 201) return performance.now();
            if (response.status !== 409) throw new Error(`schedule: HTTP ${response.status} ${await response.text()}`);
          }
          throw new Error('no free date');
        }
        """;
}
