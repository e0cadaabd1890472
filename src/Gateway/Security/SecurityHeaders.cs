namespace Segmentation.Gateway.Security;

/// <summary>The headers every response carries (Security in README). One strict policy serves the
/// dashboard and the API alike: the dashboard loads only its own files, runs no inline script and sets
/// styles through the CSSOM (which style-src does not govern); an API answer is never a document.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // Scalar (Development only) is a third-party page with inline script; it keeps its own rules.
        if (!context.Request.Path.StartsWithSegments("/scalar")) headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // API answers are per user and often personal: no browser or proxy may keep them, errors included.
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }
}
