using System.Text.Json.Serialization;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>The token endpoint's answer (RFC 6749 §5.1), the fields this system reads.</summary>
public sealed record TokenAnswer(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
