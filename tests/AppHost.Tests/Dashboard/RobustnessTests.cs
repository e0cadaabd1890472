using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 item 10 (robust): every failed call shows what happened and a way on, never a
/// "Loading…" that stays; a quick year switch never shows the earlier year's late answer.</summary>
[Collection(AppHostCollection.Name)]
public sealed class RobustnessTests(AppHostFixture host) : SignedInBrowser(host)
{
    private const string Unavailable = """{"title":"Service unavailable","status":503}""";

    [Fact]
    public async Task A_503_while_opening_a_client_or_completing_shows_the_error_and_retry_recovers_with_the_same_request_id()
    {
        var client = AdminApi.Unique("Flaky Day Hospital");
        await Admin.CreateClientAsync(client);
        await Admin.ScheduleAsync(client, "STRAT_OPS", Today);
        var page = await SignedInAsync("admin");
        var forecastCalls = 0;
        await page.Page.RouteAsync(new Regex("/forecast\\?"), async route =>
        {
            if (++forecastCalls == 1) await route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = Unavailable });
            else await route.ContinueAsync();
        });
        var completeIds = new List<string>();
        await page.Page.RouteAsync(new Regex("/complete\\?"), async route =>
        {
            completeIds.Add(EventActionsTests.RequestId(route.Request.Url));
            if (completeIds.Count == 1) await route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = Unavailable });
            else await route.ContinueAsync();
        });

        await page.Page.FillAsync("#search", client);
        await page.Card(client).ClickAsync();
        var failed = page.Page.Locator("#panel .error-box");
        await failed.WaitForAsync();
        var message = await failed.InnerTextAsync();
        Assert.Equal(0, await page.Page.Locator("#panel .loading").CountAsync());
        await failed.Locator("button.retry").ClickAsync();
        await page.Page.Locator("#panel-header").WaitForAsync();

        await page.EventAction("complete").ClickAsync();
        await page.Page.Locator("#panel-status .error-box").WaitForAsync();
        await page.Page.Locator("#panel-status button.retry").ClickAsync();
        await page.Page.Locator("#events .state", new() { HasTextString = "Completed" }).WaitForAsync();

        Assert.Contains("503", message, StringComparison.Ordinal);
        Assert.Equal(2, completeIds.Count);
        Assert.Equal(completeIds[0], completeIds[1]);
    }

    [Fact]
    public async Task An_expired_session_during_a_call_offers_sign_in_again()
    {
        var page = await SignedInAsync("admin");
        await page.Page.RouteAsync(new Regex("/api/workload\\?"), route => route.FulfillAsync(new()
        {
            Status = 401, ContentType = "application/problem+json", Body = """{"title":"Unauthorized","status":401}""",
        }));

        await page.Page.ClickAsync("#tab-workload");
        await page.SignInSection.WaitForAsync();

        Assert.Equal("Sign in again", await page.Page.Locator("#sign-in-button").InnerTextAsync());
        Assert.False(await page.Page.Locator("#app").IsVisibleAsync());
    }

    [Fact]
    public async Task Switching_year_quickly_never_shows_the_earlier_years_late_answer()
    {
        var page = await SignedInAsync("admin");
        var lastYear = ThisYear - 1;
        // Last year's portfolio answers late and with a client that exists in no year: if it were shown, it is stale.
        await page.Page.RouteAsync(new Regex($"/api/compliance\\?year={lastYear}"), async route =>
        {
            await Task.Delay(1500);
            try
            {
                await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = StalePortfolio(lastYear) });
            }
            catch (PlaywrightException) { } // the page aborted the request: exactly what it should do
        });

        await page.Page.SelectOptionAsync("#year", lastYear.ToString());
        await page.Page.SelectOptionAsync("#year", ThisYear.ToString());
        await page.Cards.First.WaitForAsync();
        await page.Page.WaitForTimeoutAsync(2500);

        Assert.Equal(0, await page.Page.Locator(".client-card[data-client=\"Stale Year Hospital\"]").CountAsync());
        Assert.Equal($"Clients {ThisYear}", await page.Page.Locator("#clients-title").InnerTextAsync());
        Assert.True(await page.Cards.CountAsync() >= 18);
    }

    private static string StalePortfolio(int year) => $$"""
        {"clients":[{"clientName":"Stale Year Hospital","segment":"Maintain","cse":"Priya Nair","year":{{year}},"asOf":"{{year}}-12-31",
        "deadline":"{{year}}-12-31","hasSegmentChanged":false,"monthsToDeadline":0,"overallScore":99,"overallStatus":"compliant",
        "compliantEventTypes":1,"totalEventTypes":1}],"nextPageToken":""}
        """;
}
