namespace Segmentation.AppHost;

/// <summary>The secrets every service shares: the JWT signing key and the page-token key.</summary>
public sealed record ServiceKeys(string SigningKey, string PageTokenKey);
