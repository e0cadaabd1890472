namespace Segmentation.AppHost;

/// <summary>What every service is given to trust tokens and to call others as itself: the provider's
/// issuer URL, the services' client secret at that provider, and the page-token key.</summary>
public sealed record ServiceKeys(string Authority, string ServiceClientSecret, string PageTokenKey)
{
    /// <summary>The development provider is served over plain HTTP on loopback.</summary>
    public bool RequireHttpsMetadata => Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
