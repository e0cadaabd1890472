using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>The dashboard in headless Chromium against the running AppHost with its demo data.</summary>
[Collection(AppHostCollection.Name)]
public sealed class DashboardTests(AppHostFixture host) : SignedInBrowser(host)
{
    private const string DemoCse = "Priya Nair";
    private const string OtherCse = "Tom Fletcher";
    [Fact]
    public async Task An_admin_filters_opens_a_client_schedules_and_completes_an_event_and_sees_the_score_change()
    {
        var client = "Browser Test Hospital"; // the AppHost fixture starts from an empty database each run
        using (var http = new HttpClient { BaseAddress = Gateway })
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Host.TokenAsync("admin"));
            var created = await http.PostAsJsonAsync("/api/clients", new { name = client, segment = "Maintain", cse = DemoCse },
                TestContext.Current.CancellationToken);
            created.EnsureSuccessStatusCode();
        }
        var page = await SignedInAsync("admin");
        Assert.True(await page.Cards.CountAsync() >= 18);
        await page.ScreenshotAsync("clients");

        await page.Page.SelectOptionAsync("#filter-segment", "Sleeping Giant");
        Assert.Equal(2, await page.Cards.CountAsync());
        await page.Page.SelectOptionAsync("#filter-segment", "");
        await page.Page.FillAsync("#search", client);
        Assert.Equal(1, await page.Cards.CountAsync());

        await page.OpenClientAsync(client);
        Assert.Equal("0%", await page.PanelScoreAsync());
        Assert.Equal(8, await page.Page.Locator("#event-types tbody tr").CountAsync());
        await page.ScreenshotAsync("client-panel");

        await page.Page.ClickAsync("#schedule-open");
        await page.Page.SelectOptionAsync("#schedule-form select[name=eventCode]", "STRAT_OPS");
        await page.Page.FillAsync("#schedule-form input[name=eventDate]", Today.ToString("yyyy-MM-dd"));
        await page.Page.FillAsync("#schedule-form input[name=attendees]", "not-an-email");
        await page.Page.ClickAsync("#schedule-submit");
        await page.Page.Locator("#schedule-form [data-field=attendees]", new() { HasTextRegex = new(".+") }).WaitForAsync();
        await page.ScreenshotAsync("schedule-event");
        await page.Page.FillAsync("#schedule-form input[name=attendees]", "cse@example.com");
        await page.Page.ClickAsync("#schedule-submit");
        await page.Page.Locator("#events tr", new() { HasTextString = "Scheduled" }).WaitForAsync();

        await page.Page.Locator("#events button", new() { HasTextString = "Complete" }).ClickAsync();
        await page.Page.Locator("#panel-score", new() { HasTextString = "13%" }).WaitForAsync();
        Assert.Equal("1", await page.EventTypeRow("STRAT_OPS").Locator(".actual").InnerTextAsync());
    }

    [Fact]
    public async Task A_cse_sees_only_own_clients_and_the_workload_view_lists_ceses_worst_first()
    {
        var page = await SignedInAsync(OtherCse);

        var names = await page.Cards.Locator(".meta").AllInnerTextsAsync();
        Assert.NotEmpty(names);
        Assert.All(names.Where(n => n.Contains('·')), n => Assert.Contains(OtherCse, n));
        Assert.Equal(0, await page.Page.Locator($".client-card:has-text(\"{DemoCse}\")").CountAsync());

        var admin = await SignedInAsync("admin");
        await admin.Page.ClickAsync("#tab-workload");
        await admin.Page.Locator("#workload tbody tr.expander").First.WaitForAsync();
        var scores = await admin.Page.Locator("#workload tbody tr.expander td:nth-child(4)").AllInnerTextsAsync();
        var values = scores.Select(s => int.Parse(s.TrimEnd('%'))).ToArray();
        Assert.True(values.Length >= 4);
        Assert.Equal(values.Order(), values);
        await admin.ScreenshotAsync("workload");
    }
}
