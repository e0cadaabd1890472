using OpenIddict.Abstractions;
using Segmentation.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Segmentation.Identity.Clients;

/// <summary>The clients this provider knows: the dashboard (the gateway's backend-for-frontend, code +
/// PKCE), the services (client credentials) and, in Development, scripts (the development grant).</summary>
public static class ClientCatalog
{
    public const string Dashboard = "segmentation-dashboard";
    public const string Scripts = "segmentation-scripts";
    /// <summary>The scope that puts the API's audience ("segmentation") into an access token.</summary>
    public const string ApiScope = "segmentation";
    public const string ApiAudience = "segmentation";

    public static IEnumerable<OpenIddictApplicationDescriptor> For(IdentityOptions options, AuthOptions auth, bool development)
    {
        var dashboard = new OpenIddictApplicationDescriptor
        {
            ClientId = Dashboard, DisplayName = "Segmentation dashboard", ClientType = ClientTypes.Public,
            Requirements = { OpenIddictConstants.Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var url in options.DashboardUrls)
        {
            dashboard.RedirectUris.Add(new Uri(url + "/signin-oidc"));
            dashboard.PostLogoutRedirectUris.UnionWith([new Uri(url + "/signout-callback-oidc"), new Uri(url + "/segmentation/")]);
        }
        dashboard.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
            Permissions.Endpoints.EndSession, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Prefixes.Scope + ApiScope]);
        yield return dashboard;

        var service = new OpenIddictApplicationDescriptor
        {
            ClientId = auth.ServiceClient.ClientId, ClientSecret = auth.ServiceClient.ClientSecret,
            DisplayName = "Segmentation services", ClientType = ClientTypes.Confidential,
        };
        service.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + ApiScope]);
        yield return service;

        if (!development) yield break;
        var scripts = new OpenIddictApplicationDescriptor { ClientId = Scripts, DisplayName = "Scripts (development)", ClientType = ClientTypes.Public };
        scripts.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Prefixes.GrantType + DevelopmentGrant.Type, Permissions.Prefixes.Scope + ApiScope]);
        yield return scripts;
    }
}
