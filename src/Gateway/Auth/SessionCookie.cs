using Microsoft.AspNetCore.Authentication.Cookies;

namespace Segmentation.Gateway.Auth;

/// <summary>The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
/// sub-requests, still sent when the provider redirects back), Secure whenever the request is HTTPS.
/// An API call without a session is a 401 (never a redirect the page's fetch would follow).</summary>
public static class SessionCookie
{
    public const string Name = "segmentation.session";

    public static void Configure(CookieAuthenticationOptions o, DashboardOptions dashboard)
    {
        o.Cookie.Name = Name;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(dashboard.SessionHours);
        o.SlidingExpiration = true;
        // Not /signout: that endpoint chooses its own redirect (the provider's end-session page).
        o.LogoutPath = "/auth/cookie-sign-out-unused";
        o.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
        o.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        o.Events.OnValidatePrincipal = SessionRefresher.ValidateAsync;
    }
}
