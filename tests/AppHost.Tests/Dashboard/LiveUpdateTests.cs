using Microsoft.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 item 6: two pages open at once; a change made in one shows in the other within
/// 2 seconds, without a reload (server-sent events from /api/live), refetching only that client; so does a
/// client's change made by an admin.</summary>
[Collection(AppHostCollection.Name)]
public sealed class LiveUpdateTests(AppHostFixture host) : SignedInBrowser(host)
{
    [Fact]
    public async Task A_completion_in_one_page_updates_the_other_pages_panel_and_card_within_two_seconds()
    {
        var client = AdminApi.Unique("Live Hospital");
        await Admin.CreateClientAsync(client, cse: "Daniel Okafor");
        await Admin.ScheduleAsync(client, "STRAT_OPS", Today);
        var watcher = await SignedInAsync("admin");
        await watcher.OpenAsync(client);
        var actor = await SignedInAsync("Daniel Okafor");
        await actor.OpenAsync(client);
        var navigations = 0;
        watcher.Page.FrameNavigated += (_, _) => navigations++;
        var refetched = new List<string>();
        watcher.Page.Request += (_, r) => { lock (refetched) refetched.Add(new Uri(r.Url).PathAndQuery); };

        await actor.Page.RunAndWaitForResponseAsync(() => actor.EventAction("complete").ClickAsync(),
            r => r.Url.Contains("/complete?", StringComparison.Ordinal) && r.Ok);
        await watcher.Page.Locator("#events .state", new() { HasTextString = "Completed" }).WaitForAsync(new() { Timeout = 2000 });
        await watcher.Page.Locator("#panel-score", new() { HasTextString = "13%" }).WaitForAsync(new() { Timeout = 2000 });
        await Assertions.Expect(watcher.Card(client)).ToContainTextAsync("13%", new() { Timeout = 2000 });

        Assert.Equal(0, navigations);
        // Only the changed client's row is refetched, not the whole portfolio (20 calls at 10,000 clients, bench/dashboard.sh).
        lock (refetched)
        {
            Assert.Contains(refetched, p => p.StartsWith($"/api/compliance/{Uri.EscapeDataString(client)}?", StringComparison.Ordinal));
            Assert.DoesNotContain(refetched, p => p.StartsWith("/api/compliance?", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_segment_change_made_elsewhere_shows_on_the_cses_card_within_two_seconds()
    {
        var client = AdminApi.Unique("Live Segment Hospital");
        await Admin.CreateClientAsync(client, segment: "Maintain", cse: "Daniel Okafor", segmentSince: new DateOnly(ThisYear, 1, 1));
        var watcher = await SignedInAsync("Daniel Okafor");
        await Assertions.Expect(watcher.Card(client)).ToContainTextAsync("Maintain");
        var navigations = 0;
        watcher.Page.FrameNavigated += (_, _) => navigations++;

        await Admin.ChangeSegmentAsync(client, "Giant", Today);

        await Assertions.Expect(watcher.Card(client)).ToContainTextAsync("Giant", new() { Timeout = 2000 });
        Assert.Equal(0, navigations);
    }
}
