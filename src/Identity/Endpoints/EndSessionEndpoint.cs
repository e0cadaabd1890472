using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Segmentation.Identity.Endpoints;

/// <summary>connect/logout: ends the provider's own session too, then OpenIddict sends the browser back to
/// the client's registered post-logout URI.</summary>
public static class EndSessionEndpoint
{
    public static void MapEndSessionEndpoint(this IEndpointRouteBuilder app) =>
        app.MapMethods("/connect/logout", ["GET", "POST"], async (HttpContext context) =>
        {
            await context.SignOutAsync(Extensions.LoginScheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }).AllowAnonymous().DisableAntiforgery();
}
