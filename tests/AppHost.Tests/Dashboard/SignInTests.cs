using System.Net;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Signing in to the dashboard through the development provider's login page in Chromium, as a
/// person does; the session is a cookie the page cannot read, and sign-out ends it for good.</summary>
[Collection(AppHostCollection.Name)]
public sealed class SignInTests(AppHostFixture host) : SignedInBrowser(host)
{
    private const string Cse = "Tom Fletcher";
    private const string OtherCse = "Priya Nair";
    [Fact]
    public async Task A_cse_signs_in_at_the_provider_sees_only_own_clients_signs_out_and_the_old_cookie_is_refused()
    {
        var page = await SignedInAsync(Cse);
        var metas = await page.Cards.Locator(".meta").AllInnerTextsAsync();
        var session = (await page.Page.Context.CookiesAsync()).Single(c => c.Name == "segmentation.session");
        var whileSignedIn = await GetWithCookieAsync("/api/clients", session.Value);
        using var me = System.Text.Json.JsonDocument.Parse(await (await GetWithCookieAsync("/api/me", session.Value)).Content.ReadAsStringAsync());
        var writeWithoutHeader = await SendWithCookieAsync(HttpMethod.Post, "/signout", session.Value);
        var who = await page.Page.Locator("#who").InnerTextAsync();

        await page.Page.Locator("#sign-out").ClickAsync();
        await page.SignInSection.WaitForAsync();
        var afterSignOut = await GetWithCookieAsync("/api/clients", session.Value);
        // The provider's own session ended too: signing in again shows its login page, not an instant sign-in.
        await page.Page.Locator("#sign-in-button").ClickAsync();
        await page.Page.Locator($"button[data-user=\"{OtherCse}\"]").WaitForAsync();

        Assert.Equal($"CSE: {Cse}", who);
        Assert.NotEmpty(metas);
        Assert.All(metas.Where(m => m.Contains('·')), m => Assert.Contains(Cse, m));
        Assert.DoesNotContain(metas, m => m.Contains(OtherCse, StringComparison.Ordinal));
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.DoesNotContain("eyJ", session.Value, StringComparison.Ordinal); // a session id, never a token
        Assert.Equal(HttpStatusCode.OK, whileSignedIn.StatusCode);
        Assert.Equal(Cse, me.RootElement.GetProperty("cse").GetString());
        Assert.True(me.RootElement.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Forbidden, writeWithoutHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.StatusCode);
    }

    [Fact]
    public async Task A_session_that_ends_elsewhere_leaves_the_page_signed_out_instead_of_hanging()
    {
        var page = await SignedInAsync("admin");
        var session = (await page.Page.Context.CookiesAsync()).Single(c => c.Name == "segmentation.session");
        // Signed out from another tab (the CSRF header is what the page itself sends).
        var signOut = await SendWithCookieAsync(HttpMethod.Post, "/signout", session.Value, csrf: true);

        await page.Page.Locator("#tab-workload").ClickAsync();
        await page.SignInSection.WaitForAsync();

        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
        Assert.Contains("signed out", await page.Page.Locator("#sign-in-error").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.False(await page.Page.Locator("#app").IsVisibleAsync());
    }

    [Fact]
    public async Task On_a_390_px_phone_the_signed_in_user_and_sign_out_stay_on_screen()
    {
        var page = await SignedInAsync(Cse, width: 390);
        foreach (var selector in new[] { "#who", "#sign-out" })
        {
            var box = await page.Page.Locator(selector).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"{selector} spans x = {box.X} … {box.X + box.Width} on a 390 px screen.");
        }
        Assert.Equal(390, await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
    }

    private Task<HttpResponseMessage> GetWithCookieAsync(string path, string session) => SendWithCookieAsync(HttpMethod.Get, path, session);

    /// <summary>The session cookie replayed by hand, outside the browser.</summary>
    private async Task<HttpResponseMessage> SendWithCookieAsync(HttpMethod method, string path, string session, bool csrf = false)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Gateway };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", $"segmentation.session={session}");
        if (csrf) request.Headers.Add("X-Segmentation-Request", "1");
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
