using Microsoft.AspNetCore.Authentication;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Auth;

/// <summary>The dashboard's sign-in endpoints: /auth/sign-in starts the provider's login, /auth/sign-out
/// ends the session here (the stored session is deleted) and at the provider, /auth/me says who is signed in.</summary>
public static class SignInApi
{
    public const string SignInPath = "/auth/sign-in";
    public const string SignOutPath = "/auth/sign-out";

    public static IEndpointRouteBuilder MapSignInApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/sign-in", (string? returnUrl, IAuthenticationSchemeProvider schemes) => SignInAsync(returnUrl, schemes));
        group.MapPost("/sign-out", SignOutAsync);
        group.MapGet("/me", async (HttpContext context, IAuthenticationSchemeProvider schemes) =>
        {
            var canSignIn = await schemes.GetSchemeAsync(GatewaySchemes.OpenIdConnect) is not null;
            if (context.User.Identity?.IsAuthenticated != true) return Results.Ok(new CurrentUserDto(false, null, null, null, canSignIn));
            var caller = Caller.From(context.User);
            var role = caller.IsAdmin ? Roles.Admin : caller.Cse is not null ? Roles.Cse : null;
            return Results.Ok(new CurrentUserDto(true, caller.Name, role, caller.Cse, canSignIn));
        });
        return app;
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
