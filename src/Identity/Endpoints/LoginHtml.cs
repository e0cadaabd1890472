using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Segmentation.Identity.Users;

namespace Segmentation.Identity.Endpoints;

/// <summary>The login page's markup: every value HTML-encoded.</summary>
public static class LoginHtml
{
    private const string Head = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Segmentation (development)</title>
        <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;color:#1f2937}
        form{margin:.4rem 0}button{width:100%;padding:.6rem;font-size:1rem;text-align:left;cursor:pointer}
        .role{color:#6b7280;float:right}</style></head><body>
        """;

    public static string Picker(IReadOnlyList<DevelopmentUser> users, string returnUrl, AntiforgeryTokenSet tokens)
    {
        var html = new StringBuilder(Head);
        html.Append("<h1>Sign in</h1><p>Development identity provider: pick a user (no password; this page exists only in Development).</p>");
        foreach (var user in users)
        {
            html.Append($"<form method=\"post\" action=\"{LoginPage.Path}\">")
                .Append($"<input type=\"hidden\" name=\"{Enc(tokens.FormFieldName)}\" value=\"{Enc(tokens.RequestToken ?? "")}\">")
                .Append($"<input type=\"hidden\" name=\"returnUrl\" value=\"{Enc(returnUrl)}\">")
                .Append($"<input type=\"hidden\" name=\"username\" value=\"{Enc(user.UserName)}\">")
                .Append($"<button type=\"submit\" data-user=\"{Enc(user.UserName)}\">{Enc(user.DisplayName)}<span class=\"role\">{Enc(user.Role)}</span></button></form>");
        }
        return html.Append("</body></html>").ToString();
    }

    public static string Closed() => Head +
        "<h1>Sign in</h1><p>This development identity provider signs no one in outside Development. " +
        "Point the system at your organisation's provider (Auth:Authority).</p></body></html>";

    private static string Enc(string value) => HtmlEncoder.Default.Encode(value);
}
