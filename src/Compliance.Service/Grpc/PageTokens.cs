using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Compliance.Grpc;

/// <summary>AIP-158 page tokens: opaque (base64url JSON) and bound to the request that produced them,
/// so a token reused with other filters is rejected instead of silently paging something else.</summary>
internal static class PageTokens
{
    public static string Encode<T>(T cursor) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(cursor));

    /// <summary>null for an empty token; a violation on page_token when it is malformed.</summary>
    public static T? Decode<T>(this Validation validation, string token) where T : class
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(token)) ?? throw new JsonException();
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            validation.Add("page_token", "The page token is not valid.");
            return null;
        }
    }

    /// <summary>A short fingerprint of the request fields a token must be reused with.</summary>
    public static string Fingerprint(params object?[] fields) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(fields))))[..16];
}
