using Microsoft.Playwright;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>The /segmentation page as a user sees it: selectors in one place.</summary>
public sealed class DashboardPage(IPage page)
{
    public IPage Page => page;

    public ILocator Cards => page.Locator(".client-card");

    public ILocator Card(string client) => page.Locator($".client-card[data-client=\"{client}\"]");

    public ILocator EventTypeRow(string code) => page.Locator($"#event-types tr[data-code=\"{code}\"]");

    public ILocator SignInSection => page.Locator("#sign-in");

    /// <summary>An action button (complete, reopen, edit, delete) of the panel's first event.</summary>
    public ILocator EventAction(string action) => page.Locator($"#events button[data-action=\"{action}\"]").First;

    /// <summary>Horizontal overflow: how far the page is wider than the screen (0 when nothing sticks out).</summary>
    public Task<int> OverflowAsync() => page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

    /// <summary>Opens the dashboard and signs in through the development provider's login page as
    /// <paramref name="userName"/> ("admin" or a CSE's name), the way a person does.</summary>
    public async Task OpenAsync(Uri gateway, string userName)
    {
        await page.GotoAsync(new Uri(gateway, "/segmentation/").ToString());
        await page.Locator("#sign-in-button").ClickAsync();
        await page.Locator($"button[data-user=\"{userName}\"]").ClickAsync();
        await Cards.First.WaitForAsync();
    }

    /// <summary>Opens a client that may be on a later page: searched by name first, as a user would.</summary>
    public async Task OpenAsync(string client)
    {
        await page.FillAsync("#search", client);
        await OpenClientAsync(client);
    }

    public async Task OpenClientAsync(string client)
    {
        await Card(client).ClickAsync();
        await page.Locator("#panel-header h2", new() { HasTextString = client }).WaitForAsync();
    }

    public async Task<string> PanelScoreAsync() => await page.Locator("#panel-score").InnerTextAsync();

    public async Task ScreenshotAsync(string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = false });
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Segmentation.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Segmentation.sln not found above the test binaries.");
    }
}
