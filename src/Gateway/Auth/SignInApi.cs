using Microsoft.AspNetCore.Authentication;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Gateway.Auth;

/// <summary>The dashboard's sign-in endpoints (API.md's names): /signin starts the provider's login, /signout
/// ends the session here (the stored session is deleted) and at the provider, /api/me says who is signed in.</summary>
public static class SignInApi
{
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";
    public const string MePath = "/api/me";

    public static IEndpointRouteBuilder MapSignInApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(SignInPath, (string? returnUrl, IAuthenticationSchemeProvider schemes) => SignInAsync(returnUrl, schemes))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost(SignOutPath, SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        // Anonymous on purpose: the page asks it first, and "not signed in" is an answer, not an error.
        app.MapGet(MePath, CurrentUserAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CurrentUserAsync(HttpContext context, IAuthenticationSchemeProvider schemes, BusinessClock clock)
    {
        var canSignIn = await schemes.GetSchemeAsync(GatewaySchemes.OpenIdConnect) is not null;
        var today = CalendarDates.Format(clock.Today());
        if (context.User.Identity?.IsAuthenticated != true) return Results.Ok(new CurrentUserDto(false, null, null, null, null, canSignIn, today));
        var caller = Caller.From(context.User);
        var role = caller.IsAdmin ? Roles.Admin : caller.Cse is not null ? Roles.Cse : null;
        var session = await context.AuthenticateAsync();
        return Results.Ok(new CurrentUserDto(true, caller.Name, role, caller.Cse, SessionExpiry.Of(session, context.User), canSignIn, today));
    }

    private static async Task<IResult> SignInAsync(string? returnUrl, IAuthenticationSchemeProvider schemes)
    {
        if (await schemes.GetSchemeAsync(GatewaySchemes.OpenIdConnect) is null) return Results.NotFound();
        return Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrDashboard(returnUrl) }, [GatewaySchemes.OpenIdConnect]);
    }

    /// <summary>A write like any other (the CSRF header is required): the stored session is deleted at once,
    /// then the page is sent to the provider to end its session there too.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext context, DashboardOptions dashboard, IAuthenticationSchemeProvider schemes)
    {
        var session = await context.AuthenticateAsync(GatewaySchemes.Cookie);
        var idToken = session.Properties?.GetTokenValue("id_token");
        await context.SignOutAsync(GatewaySchemes.Cookie);
        var provider = session.Succeeded && await schemes.GetSchemeAsync(GatewaySchemes.OpenIdConnect) is not null
            ? await ProviderSignOut.UrlAsync(context, idToken, dashboard) : null;
        return Results.Ok(new SignOutDto(provider ?? DashboardOidc.SignedOutPage));
    }

    private static string LocalOrDashboard(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : DashboardOidc.SignedOutPage;
}
