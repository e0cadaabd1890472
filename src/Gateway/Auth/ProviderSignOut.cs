using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Segmentation.Gateway.Auth;

/// <summary>The provider's end-session URL for this session (RP-initiated logout), returning to the
/// dashboard. Built here rather than by a redirect, because the page's CSP (form-action 'self') would
/// block a form post that redirects to another origin; the page navigates to it instead.</summary>
public static class ProviderSignOut
{
    public static async Task<string?> UrlAsync(HttpContext context, string? idToken, DashboardOptions dashboard)
    {
        var oidc = context.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(GatewaySchemes.OpenIdConnect);
        if (oidc.ConfigurationManager is null) return null;
        var discovery = await oidc.ConfigurationManager.GetConfigurationAsync(context.RequestAborted);
        if (string.IsNullOrEmpty(discovery.EndSessionEndpoint)) return null;
        var back = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{DashboardOidc.SignedOutPage}";
        var query = new Dictionary<string, string?> { ["client_id"] = dashboard.ClientId, ["post_logout_redirect_uri"] = back };
        if (!string.IsNullOrEmpty(idToken)) query["id_token_hint"] = idToken;
        return QueryHelpers.AddQueryString(discovery.EndSessionEndpoint, query);
    }
}
