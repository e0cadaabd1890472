namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Which token sources this process accepts: the provider and/or (never in Production) the test key.</summary>
public sealed record AuthModes(bool Provider, bool TestKey);
