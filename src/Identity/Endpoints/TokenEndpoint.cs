using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Segmentation.Identity.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Segmentation.Identity.Endpoints;

/// <summary>connect/token: OpenIddict has already checked the client, its secret or PKCE, and the grant's
/// permission; this decides who the token is for.</summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder app, IHostEnvironment environment) =>
        app.MapPost("/connect/token", (HttpContext context, DevelopmentUsers users, IdentityOptions options, CancellationToken ct) =>
            IssueAsync(context, users, options, environment.IsDevelopment(), ct)).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> IssueAsync(HttpContext context, DevelopmentUsers users, IdentityOptions options, bool development, CancellationToken ct)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
            return SignIn(UserPrincipal.ForService(request.ClientId!, request.GetScopes()));
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var stored = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            // A refresh is refused once the user is no longer one Requirements knows (a CSE left).
            var user = await users.FindAsync(UserNameOf(stored.Principal), ct);
            return user is null ? Forbid("The user is no longer known.") : SignIn(UserPrincipal.For(user, stored.Principal!.GetScopes()));
        }
        if (development && request.GrantType == DevelopmentGrant.Type)
        {
            var user = await users.FindAsync(request.Username, ct);
            if (user is null) return Forbid("Unknown development user: use admin or a CSE's name.");
            var principal = UserPrincipal.For(user, request.GetScopes());
            principal.SetAccessTokenLifetime(TimeSpan.FromHours(options.DevelopmentTokenHours));
            return SignIn(principal);
        }
        return Results.BadRequest(new { error = Errors.UnsupportedGrantType });
    }

    private static string? UserNameOf(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var subject = principal?.GetClaim(Claims.Subject);
        return subject == DevelopmentUsers.Admin.Subject ? DevelopmentUsers.Admin.UserName
            : subject?.StartsWith("cse:", StringComparison.Ordinal) == true ? subject["cse:".Length..] : null;
    }

    private static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Forbid(string description) => Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
