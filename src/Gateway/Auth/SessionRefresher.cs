using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Auth;

/// <summary>Keeps a session's access token fresh: shortly before it expires the refresh token buys a new
/// one; when that is refused (revoked, expired, user gone) the session ends and the page shows "signed out".</summary>
public static class SessionRefresher
{
    private static readonly TimeSpan Early = TimeSpan.FromMinutes(1);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is not null && DateTimeOffset.Parse(expiresAt, CultureInfo.InvariantCulture) - Early > time.GetUtcNow()) return;
        var refreshed = await RefreshAsync(context, time);
        if (refreshed) { context.ShouldRenew = true; return; }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(GatewaySchemes.Cookie);
    }

    private static async Task<bool> RefreshAsync(CookieValidatePrincipalContext context, TimeProvider time)
    {
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (string.IsNullOrEmpty(refreshToken)) return false;
        var services = context.HttpContext.RequestServices;
        var oidc = services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(GatewaySchemes.OpenIdConnect);
        var dashboard = services.GetRequiredService<DashboardOptions>();
        var discovery = await oidc.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = dashboard.ClientId };
        if (!string.IsNullOrEmpty(dashboard.ClientSecret)) form["client_secret"] = dashboard.ClientSecret;
        using var content = new FormUrlEncodedContent(form);
        using var response = await oidc.Backchannel.PostAsync(discovery.TokenEndpoint, content, context.HttpContext.RequestAborted);
        if (!response.IsSuccessStatusCode) return false;
        var answer = await response.Content.ReadFromJsonAsync<RefreshAnswer>(context.HttpContext.RequestAborted);
        if (answer is null) return false;
        context.Properties.UpdateTokenValue("access_token", answer.AccessToken);
        if (answer.RefreshToken is not null) context.Properties.UpdateTokenValue("refresh_token", answer.RefreshToken);
        context.Properties.UpdateTokenValue("expires_at",
            time.GetUtcNow().AddSeconds(answer.ExpiresIn).ToString("o", CultureInfo.InvariantCulture));
        return true;
    }
}
