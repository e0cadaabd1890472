using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Auth;

/// <summary>The OpenID Connect handler: authorization code with PKCE, the answer by query (so the
/// correlation cookies can be SameSite=Lax over plain HTTP locally), tokens saved into the server-side
/// session, claims mapped the same way as a bearer token's.</summary>
public static class DashboardOidc
{
    public const string SignedOutPage = "/segmentation/";

    public static void Configure(OpenIdConnectOptions o, AuthOptions auth, DashboardOptions dashboard)
    {
        o.SignInScheme = GatewaySchemes.Cookie;
        o.Authority = auth.Authority;
        o.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        o.ClientId = dashboard.ClientId;
        if (!string.IsNullOrEmpty(dashboard.ClientSecret)) o.ClientSecret = dashboard.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.SaveTokens = true;
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.Scope.Clear();
        foreach (var scope in dashboard.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)) o.Scope.Add(scope);
        o.SignedOutRedirectUri = SignedOutPage;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.TokenValidationParameters.NameClaimType = ClaimsMapper.NameType;
        o.TokenValidationParameters.RoleClaimType = ClaimsMapper.RoleType;
        o.Events.OnTokenValidated = context =>
        {
            context.Principal = ClaimsMapper.Map(context.Principal!, auth.Claims, GatewaySchemes.Cookie);
            return Task.CompletedTask;
        };
    }
}
