using Microsoft.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 item 2: the agenda. Overdue and the next 30 days by week, one click from complete or
/// reschedule; the forecast's suggested dates one click from scheduling.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AgendaTests(AppHostFixture host) : SignedInBrowser(host)
{
    private const string Cse = "Mei Lin Tan";

    [Fact]
    public async Task Overdue_and_upcoming_events_are_completed_or_rescheduled_in_one_click_and_a_suggestion_is_scheduled()
    {
        var client = AdminApi.Unique("Agenda Hospital");
        await Admin.CreateClientAsync(client, cse: Cse, segmentSince: new DateOnly(ThisYear - 1, 1, 1));
        // Extended deadline (June 30 next year): months are left, so the forecast has dates to suggest in any month.
        await Admin.ChangeSegmentAsync(client, "Leverage", Today);
        var overdueDate = Today.AddDays(-3);
        var upcomingDate = Today.AddDays(2);
        await Admin.ScheduleAsync(client, "STRAT_OPS", overdueDate);
        await Admin.ScheduleAsync(client, "SLA_REVIEW", upcomingDate);
        var page = await SignedInAsync(Cse);
        await page.Page.ClickAsync("#tab-agenda");
        var overdue = page.Page.Locator($"#agenda-overdue .agenda-item:has-text(\"{client}\")");
        await overdue.WaitForAsync();
        var upcoming = page.Page.Locator($".agenda-group[id^=week-] .agenda-item:has-text(\"{client}\")");
        var upcomingWeek = await upcoming.Locator("xpath=ancestor::section[contains(@class, 'agenda-group')]").GetAttributeAsync("id");
        var suggestions = page.Page.Locator($"#agenda-suggested .agenda-item:has-text(\"{client}\")");
        var suggestedBefore = await suggestions.CountAsync();
        await page.ScreenshotAsync("agenda");

        await overdue.Locator("button[data-action=complete]").ClickAsync();
        await overdue.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var moved = Today.AddDays(9);
        await upcoming.Locator("button[data-action=reschedule]").ClickAsync();
        await page.Page.FillAsync("#schedule-form input[name=eventDate]", moved.ToString("yyyy-MM-dd"));
        await page.Page.ClickAsync("#schedule-submit");
        await page.Page.Locator($".agenda-item:has-text(\"{client}\") .when", new() { HasTextString = moved.ToString("yyyy-MM-dd") }).WaitForAsync();
        var code = await suggestions.First.GetAttributeAsync("data-code");
        var date = await suggestions.First.GetAttributeAsync("data-date");
        await suggestions.First.Locator("button[data-action=schedule]").ClickAsync();
        await page.Page.Locator(".toast", new() { HasTextString = $"on {date}" }).WaitForAsync();

        var stored = await Admin.EventsAsync(client, ThisYear);
        Assert.Equal($"week-{Monday(upcomingDate):yyyy-MM-dd}", upcomingWeek);
        Assert.True(suggestedBefore > 0);
        Assert.Contains(stored, e => e.GetProperty("eventCode").GetString() == "STRAT_OPS" && e.GetProperty("completed").GetBoolean());
        Assert.Contains(stored, e => e.GetProperty("eventCode").GetString() == "SLA_REVIEW" && e.GetProperty("eventDate").GetString() == moved.ToString("yyyy-MM-dd"));
        // A suggested date may fall in next year's part of the extended window.
        var ofSuggestion = date![..4] == ThisYear.ToString() ? stored : await Admin.EventsAsync(client, int.Parse(date[..4]));
        Assert.Contains(ofSuggestion, e => e.GetProperty("eventCode").GetString() == code && e.GetProperty("eventDate").GetString() == date);
    }

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
