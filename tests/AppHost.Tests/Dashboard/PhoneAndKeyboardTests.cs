using Microsoft.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Issue 15 item 10 (usable everywhere): a 390 px phone and a keyboard alone can do the work.</summary>
[Collection(AppHostCollection.Name)]
public sealed class PhoneAndKeyboardTests(AppHostFixture host) : SignedInBrowser(host)
{
    private const int Phone = 390;

    [Fact]
    public async Task On_a_390_px_phone_no_view_overflows_and_the_panel_is_full_screen_with_its_close_button_always_in_reach()
    {
        var client = AdminApi.Unique("Pocket Hospital");
        await Admin.CreateClientAsync(client);
        await Admin.ScheduleAsync(client, "STRAT_OPS", Today);
        var page = await SignedInAsync("admin", width: Phone);
        var overflow = new Dictionary<string, int> { ["cards"] = await page.OverflowAsync() };
        await page.Page.ClickAsync("#layout-table");
        await page.Page.Locator("#portfolio-table").WaitForAsync();
        overflow["table"] = await page.OverflowAsync();
        await page.Page.ClickAsync("#tab-workload");
        await page.Page.Locator("#workload tbody tr").First.WaitForAsync();
        overflow["workload"] = await page.OverflowAsync();
        await page.Page.ClickAsync("#tab-agenda");
        await page.Page.Locator("#agenda-suggested").WaitForAsync();
        overflow["agenda"] = await page.OverflowAsync();
        await page.Page.ClickAsync("#tab-trends");
        await page.Page.Locator("#trends-body figure").WaitForAsync();
        overflow["trends"] = await page.OverflowAsync();
        await page.Page.ClickAsync("#tab-import");
        overflow["import"] = await page.OverflowAsync();
        await page.Page.ClickAsync("#tab-clients");
        await page.Page.ClickAsync("#layout-cards");
        await page.ScreenshotAsync("clients-390");

        await page.OpenAsync(client);
        overflow["panel"] = await page.OverflowAsync();
        var panel = await page.Page.Locator("#panel").BoundingBoxAsync();
        await page.ScreenshotAsync("client-panel-390");
        await page.Page.Locator("#forecast").ScrollIntoViewIfNeededAsync();
        var close = await page.Page.Locator("#panel-close").BoundingBoxAsync();
        await page.Page.ClickAsync("#panel-close");

        Assert.All(overflow, o => Assert.True(o.Value <= 0, $"The {o.Key} view is {o.Value} px wider than a {Phone} px screen."));
        Assert.NotNull(panel);
        Assert.Equal(Phone, panel.Width, 1);
        Assert.NotNull(close);
        Assert.True(close.X >= 0 && close.X + close.Width <= Phone && close.Y >= 0 && close.Y + close.Height <= 844,
            $"Close spans x {close.X}…{close.X + close.Width}, y {close.Y}…{close.Y + close.Height} after scrolling the panel.");
        Assert.True(await page.Page.Locator("#panel").IsHiddenAsync());
    }

    [Fact]
    public async Task The_keyboard_alone_opens_a_client_reaches_its_actions_and_escape_closes_dialog_then_panel_returning_focus()
    {
        var client = AdminApi.Unique("Keyboard Hospital");
        await Admin.CreateClientAsync(client);
        await Admin.ScheduleAsync(client, "STRAT_OPS", Today);
        var page = await SignedInAsync("admin");
        await page.Page.FillAsync("#search", client);
        await page.Card(client).WaitForAsync();

        var reachedCard = await TabUntilAsync(page.Page, $"document.activeElement.dataset.client === {Js(client)}");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.Locator("#panel-header").WaitForAsync();
        var focusOnClose = await page.Page.EvaluateAsync<bool>("document.activeElement.id === 'panel-close'");
        var reachedDelete = await TabUntilAsync(page.Page, "document.activeElement.dataset.action === 'delete'");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.Locator("#confirm-dialog[open]").WaitForAsync();
        await page.Page.Keyboard.PressAsync("Escape");
        var dialogClosed = await page.Page.Locator("#confirm-dialog[open]").CountAsync() == 0;
        var focusBackOnDelete = await page.Page.EvaluateAsync<bool>("document.activeElement.dataset.action === 'delete'");
        await page.Page.Keyboard.PressAsync("Escape");
        await page.Page.Locator("#panel").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        var focusBackOnCard = await page.Page.EvaluateAsync<bool>($"document.activeElement.dataset.client === {Js(client)}");

        Assert.True(reachedCard, "Tab never reached the client's card.");
        Assert.True(focusOnClose, "Opening the panel did not move focus into it.");
        Assert.True(reachedDelete, "Tab never reached the event's Delete button.");
        Assert.True(dialogClosed && focusBackOnDelete, "Escape did not close the confirmation and return focus to Delete.");
        Assert.True(focusBackOnCard, "Closing the panel did not return focus to the card that opened it.");
        Assert.Single(await Admin.EventsAsync(client, ThisYear)); // Escape answered "no"
    }

    private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static async Task<bool> TabUntilAsync(IPage page, string condition, int most = 40)
    {
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition)) return true;
        }
        return false;
    }
}
