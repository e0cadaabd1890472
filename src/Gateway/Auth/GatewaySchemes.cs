namespace Segmentation.Gateway.Auth;

/// <summary>The gateway's schemes: a request with an Authorization header is a bearer request (scripts,
/// Scalar); any other is the dashboard's cookie session, signed in through OpenID Connect.</summary>
public static class GatewaySchemes
{
    public const string Session = "GatewaySession";
    public const string Cookie = "DashboardCookie";
    public const string OpenIdConnect = "DashboardOidc";
    /// <summary>Cookie-authenticated writes must carry this header (CSRF: a cross-site form cannot set it).</summary>
    public const string CsrfHeader = "X-Segmentation-Request";
}
