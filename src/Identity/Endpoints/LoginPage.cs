using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Segmentation.Identity.Users;

namespace Segmentation.Identity.Endpoints;

/// <summary>/account/login: in Development a one-click picker of the development users (no passwords);
/// in any other environment the picker and its form handler do not exist, and the page says so.</summary>
public static class LoginPage
{
    public const string Path = "/account/login";

    public static void MapLoginPage(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            app.MapGet(Path, () => Results.Content(LoginHtml.Closed(), "text/html; charset=utf-8")).AllowAnonymous();
            return;
        }
        app.MapGet(Path, async (HttpContext context, string? returnUrl, DevelopmentUsers users, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Content(LoginHtml.Picker(await users.ListAsync(ct), LocalOrRoot(returnUrl), tokens), "text/html; charset=utf-8");
        }).AllowAnonymous();
        app.MapPost(Path, SignInAsync).AllowAnonymous().DisableAntiforgery();
    }

    private static async Task<IResult> SignInAsync(HttpContext context, DevelopmentUsers users, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("The sign-in form expired: reload the page.");
        var form = await context.Request.ReadFormAsync(ct);
        var user = await users.FindAsync(form["username"].ToString(), ct);
        if (user is null) return Results.BadRequest("Unknown development user.");
        var identity = new ClaimsIdentity([new Claim("name", user.UserName), new Claim("role", user.Role)], Extensions.LoginScheme, "name", "role");
        await context.SignInAsync(Extensions.LoginScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(LocalOrRoot(form["returnUrl"].ToString()));
    }

    /// <summary>Only a path on this host: never an open redirect to somewhere else.</summary>
    private static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : "/";
}
