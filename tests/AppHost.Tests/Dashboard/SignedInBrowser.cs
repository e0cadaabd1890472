using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>One Chromium per test class against the running AppHost; each page is a fresh context (no shared
/// cookies) signed in through the provider's login page.</summary>
public abstract class SignedInBrowser(AppHostFixture host) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    protected AppHostFixture Host => host;

    protected Uri Gateway => host.App.GetEndpoint(ResourceNames.Gateway, "http");

    protected AdminApi Admin => new(host, Gateway);

    protected static int ThisYear => Today.Year;

    /// <summary>The business calendar's date (Sydney), which the services and the page use: the machine's own date
    /// is a day behind it every UTC afternoon.</summary>
    protected static DateOnly Today => BusinessDate.Today;

    public async ValueTask InitializeAsync() => (_playwright, _browser) = await Browser.LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task<DashboardPage> SignedInAsync(string userName, int width = 1400, Func<IPage, Task>? prepare = null)
    {
        var page = new DashboardPage(await _browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 900 } }));
        page.Page.SetDefaultTimeout(20_000);
        if (prepare is not null) await prepare(page.Page);
        await page.OpenAsync(Gateway, userName);
        return page;
    }
}
