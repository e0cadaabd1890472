using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Auth;

/// <summary>The token endpoint's answer to a refresh (RFC 6749 §5.1): a provider may rotate the refresh token.</summary>
public sealed record RefreshAnswer(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
