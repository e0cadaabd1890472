namespace Segmentation.ServiceDefaults.Auth;

/// <summary>"Auth:ServiceClient": the confidential client a service authenticates as when it calls
/// another service on its own behalf (background work, the identity provider's user list).</summary>
public sealed class ServiceClientOptions
{
    public string ClientId { get; set; } = "segmentation-service";
    public string ClientSecret { get; set; } = "";
    /// <summary>The scope that makes the provider issue a token for <see cref="AuthOptions.Audience"/>.</summary>
    public string Scope { get; set; } = "segmentation";
}
