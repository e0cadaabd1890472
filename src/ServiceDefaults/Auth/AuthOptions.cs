namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Configuration section "Auth". Production validates bearer tokens against an OpenID Connect
/// provider (<see cref="Authority"/>: discovery document + JWKS). <see cref="SigningKey"/> is a test-only
/// shared key for the in-memory hosts: it is never accepted in the Production environment.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The provider's issuer URL, e.g. https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string? Authority { get; set; }
    /// <summary>The "aud" every access token must carry.</summary>
    public string Audience { get; set; } = "segmentation";
    /// <summary>False only for a local development provider served over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    public ClaimMapping Claims { get; set; } = new();
    /// <summary>The client this service uses to call other services as itself (client credentials).</summary>
    public ServiceClientOptions ServiceClient { get; set; } = new();

    /// <summary>The test issuer's name (tokens signed with <see cref="SigningKey"/>).</summary>
    public string Issuer { get; set; } = "segmentation";
    /// <summary>Test-only HMAC key (at least 32 characters); ignored in Production.</summary>
    public string SigningKey { get; set; } = "";
}
