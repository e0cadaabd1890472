using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Segmentation.Identity.Users;

namespace Segmentation.Identity.Endpoints;

/// <summary>connect/authorize: a signed-in user (the login cookie) gets a code for the requesting client;
/// anyone else is sent to the login page and comes back here.</summary>
public static class AuthorizationEndpoint
{
    public static void MapAuthorizationEndpoint(this IEndpointRouteBuilder app) =>
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> AuthorizeAsync(HttpContext context, DevelopmentUsers users, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var login = await context.AuthenticateAsync(Extensions.LoginScheme);
        var user = login.Succeeded ? await users.FindAsync(login.Principal.Identity?.Name, cancellationToken) : null;
        if (user is null)
        {
            var back = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [Extensions.LoginScheme]);
        }
        return Results.SignIn(UserPrincipal.For(user, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
