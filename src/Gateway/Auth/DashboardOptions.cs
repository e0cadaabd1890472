namespace Segmentation.Gateway.Auth;

/// <summary>"Auth:Dashboard": the gateway's own client at the provider (authorization code + PKCE).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Auth:Dashboard";

    public string ClientId { get; set; } = "segmentation-dashboard";
    /// <summary>Empty for a public client (the development provider); a company provider's confidential
    /// client sets it here (from a secret store, never in a file).</summary>
    public string ClientSecret { get; set; } = "";
    /// <summary>Space-separated; "segmentation" asks for an access token for the API's audience.</summary>
    public string Scopes { get; set; } = "openid profile offline_access segmentation";
    /// <summary>How long a signed-in session lasts without use (it slides while used).</summary>
    public int SessionHours { get; set; } = 8;
}
