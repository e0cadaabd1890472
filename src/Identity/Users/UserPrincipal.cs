using System.Security.Claims;
using OpenIddict.Abstractions;
using Segmentation.Identity.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Segmentation.Identity.Users;

/// <summary>The principal OpenIddict turns into tokens: "sub", "name" (the CSE's name for a CSE) and
/// "role", in the access token for the API audience and in the identity token for the dashboard.</summary>
public static class UserPrincipal
{
    public static ClaimsPrincipal For(DevelopmentUser user, IEnumerable<string> scopes) =>
        Build(user.Subject, user.DisplayName, user.Role, scopes);

    public static ClaimsPrincipal ForService(string clientId, IEnumerable<string> scopes) =>
        Build(clientId, clientId, ServiceDefaults.Auth.Roles.Service, scopes);

    private static ClaimsPrincipal Build(string subject, string name, string role, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name).SetClaim(Claims.Role, role);
        identity.SetScopes(scopes);
        // The API's audience only when its scope was asked for: a token for anything else is not one the API takes.
        if (identity.HasScope(ClientCatalog.ApiScope)) identity.SetResources(ClientCatalog.ApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
