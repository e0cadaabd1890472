namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Configuration section "Auth": one symmetric signing key shared by the gateway and the
/// services so a token forwarded by the gateway is validated again by each service.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "segmentation";
    public string Audience { get; set; } = "segmentation";
    /// <summary>At least 32 characters. Required: there is no built-in default key.</summary>
    public string SigningKey { get; set; } = "";
}
