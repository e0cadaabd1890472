using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Auth;

public static class DashboardSignIn
{
    /// <summary>The dashboard's backend-for-frontend: OpenID Connect code + PKCE against the provider, the
    /// tokens kept server-side (PostgreSQL), the browser holding only an HttpOnly, SameSite session cookie
    /// (Secure over HTTPS). Bearer requests keep going to the bearer scheme.</summary>
    public static IHostApplicationBuilder AddDashboardSignIn(this IHostApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var dashboard = builder.Configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        builder.Services.AddSingleton(dashboard);
        builder.Services.AddSharedKeyRing("gateway");
        builder.Services.AddSingleton<ITicketStore, PostgresTicketStore>();
        builder.Services.Configure<AuthenticationOptions>(o => o.DefaultScheme = GatewaySchemes.Session);
        authentication.AddPolicyScheme(GatewaySchemes.Session, "Bearer token or dashboard session", o =>
        {
            o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? AuthSchemes.Bearer : GatewaySchemes.Cookie;
            // A 401 names the bearer scheme (WWW-Authenticate) for API clients; the page reads any 401 as "signed out".
            o.ForwardChallenge = AuthSchemes.Bearer;
        });
        authentication.AddCookie(GatewaySchemes.Cookie, o => SessionCookie.Configure(o, dashboard));
        builder.Services.AddOptions<CookieAuthenticationOptions>(GatewaySchemes.Cookie)
            .Configure<ITicketStore>((o, store) => o.SessionStore = store);
        // No provider configured (in-memory tests with the test key): bearer only, no dashboard sign-in.
        if (!string.IsNullOrWhiteSpace(auth.Authority))
            authentication.AddOpenIdConnect(GatewaySchemes.OpenIdConnect, o => DashboardOidc.Configure(o, auth, dashboard));
        return builder;
    }
}
