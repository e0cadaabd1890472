using System.Net;
using System.Text.RegularExpressions;

namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>A dashboard session made the way a browser makes it, without a browser: /signin on a gateway,
/// the provider's login form posted for one user, redirects followed, cookies kept. Cookies are per host, not
/// per port, so the same cookie jar then reaches every gateway on localhost, as a browser's would.</summary>
public static partial class SignedInSession
{
    public static async Task<HttpClient> SignInAsync(Uri gateway, string userName, CancellationToken ct)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        using var login = await http.GetAsync(new Uri(gateway, "/signin?returnUrl=/segmentation/"), ct);
        var html = await login.Content.ReadAsStringAsync(ct);
        var form = FormPattern().Matches(html).Select(m => m.Value).First(f => f.Contains($"data-user=\"{userName}\"", StringComparison.Ordinal));
        var fields = InputPattern().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var body = new FormUrlEncodedContent(fields);
        using var signedIn = await http.PostAsync(new Uri(login.RequestMessage!.RequestUri!, "/account/login"), body, ct);
        if (!signedIn.IsSuccessStatusCode || !signedIn.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/segmentation", StringComparison.Ordinal))
            throw new InvalidOperationException($"Sign-in ended at {signedIn.RequestMessage?.RequestUri} with {(int)signedIn.StatusCode}.");
        return http;
    }

    [GeneratedRegex("<form .*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex InputPattern();
}
