using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Browser and API headers (issue 12): a strict CSP the dashboard lives with, nosniff, no framing,
/// no referrer, nothing from /api kept in a cache (errors included), and a favicon without a token.</summary>
public sealed partial class SecurityHeadersTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    public static TheoryData<string, string?> Responses => new()
    {
        { "/segmentation/", null },
        { "/segmentation/app.js", null },
        { "/favicon.ico", null },
        { "/api/segments", TestAuth.Admin },
        { "/api/segments", null },
        { "/api/nothing-here", TestAuth.Admin },
        { "/api/clients/Nobody", TestAuth.Admin },
        { "/api/workload?asOf=2025/01/01", TestAuth.Admin },
        { "/openapi/v1.json", null },
        { "/alive", null },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_browser_headers(string path, string? token)
    {
        using var response = await shared.Host.Client(token).GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.NotNull(csp);
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'" })
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/segments", HttpStatusCode.OK)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api/clients/Nobody", HttpStatusCode.NotFound)]
    [InlineData("/api/workload?asOf=2025/01/01", HttpStatusCode.BadRequest)]
    [InlineData("/api/events/not-a-guid", HttpStatusCode.BadRequest)]
    public async Task Api_answers_and_errors_are_never_stored(string path, HttpStatusCode status)
    {
        using var response = await shared.Host.Client(TestAuth.Admin).GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_refused_token_is_not_stored_either()
    {
        using var response = await shared.Host.Client("not-a-token").GetAsync("/api/segments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task The_favicon_the_dashboard_links_is_served_without_a_token()
    {
        var html = await shared.Host.Client(null).GetStringAsync("/segmentation/");
        var href = IconLink().Match(html);
        Assert.True(href.Success, "index.html links no icon");

        foreach (var path in new[] { href.Groups["href"].Value, "/favicon.ico" })
        {
            using var response = await shared.Host.Client(null).GetAsync(new Uri(new Uri("http://localhost/segmentation/"), path).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
        }
    }

    /// <summary>What the CSP forbids, the dashboard does not do: no inline script or handler, no style
    /// attribute in markup, no eval; scripts and styles come from its own files.</summary>
    [Fact]
    public async Task The_dashboard_needs_nothing_the_policy_forbids()
    {
        var client = shared.Host.Client(null);
        var html = await client.GetStringAsync("/segmentation/");
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandler(), html);
        Assert.DoesNotMatch(StyleAttribute(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);

        var webRoot = shared.Host.Service<GatewayMarker>().Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        var scripts = Directory.GetFiles(Path.Combine(webRoot, "segmentation"), "*.js");
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var code = await File.ReadAllTextAsync(script);
            Assert.DoesNotMatch(ForbiddenScript(), code);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : null;

    [GeneratedRegex("""<link[^>]*rel="icon"[^>]*href="(?<href>[^"]+)""")]
    private static partial Regex IconLink();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex(@"<[^>]+\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"\beval\s*\(|new\s+Function\s*\(|setAttribute\(\s*['""]style|innerHTML|insertAdjacentHTML|document\.write")]
    private static partial Regex ForbiddenScript();
}
