using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>The one AIP-158 page-token codec: "v1.{payload}.{mac}", base64url. The payload is the
/// cursor and an expiry; the HMAC-SHA256 covers the version, the issuing purpose (for example
/// "requirements.ListClients"), a fingerprint of the query's filters and the payload. So a token
/// that was altered, issued by another service or for another query, expired or of an unknown version
/// is refused (INVALID_ARGUMENT on page_token), and a cursor can only be one this service wrote.</summary>
public sealed class PageTokenCodec(byte[] key, TimeProvider time, TimeSpan lifetime)
{
    private const string Version = "v1";
    public const string Field = "page_token";

    public string Encode<T>(string purpose, string filters, T cursor)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Envelope<T>(expires, cursor)));
        return $"{Version}.{payload}.{Mac(purpose, filters, payload)}";
    }

    /// <summary>null for an empty token; otherwise the cursor, or null with a violation of <paramref name="field"/>.</summary>
    public T? Decode<T>(Validation validation, string token, string purpose, string filters, string field = Field) where T : class
    {
        if (string.IsNullOrEmpty(token)) return null;
        var problem = TryDecode<T>(token, purpose, filters, out var cursor);
        if (problem is null) return cursor;
        validation.Add(field, problem);
        return null;
    }

    private string? TryDecode<T>(string token, string purpose, string filters, out T? cursor) where T : class
    {
        cursor = null;
        if (token.Split('.') is not [var version, var payload, var mac]) return "The page token is not valid.";
        if (version != Version) return "The page token is from another version; start the listing again.";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(Mac(purpose, filters, payload))))
            return "The page token is not valid for this request (altered, or issued for other filters).";
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope<T>>(Base64Url.DecodeFromChars(payload));
            if (envelope?.Cursor is null) return "The page token is not valid.";
            if (envelope.Expires < time.GetUtcNow().ToUnixTimeSeconds()) return "The page token has expired; start the listing again.";
            cursor = envelope.Cursor;
            return null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException) { return "The page token is not valid."; }
    }

    private string Mac(string purpose, string filters, string payload) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Version}\n{purpose}\n{Fingerprint(filters)}\n{payload}")));

    private static string Fingerprint(string filters) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(filters)));

    /// <summary>A canonical text of a query's filter values, to bind a token to (JSON of the values in order).</summary>
    public static string Filters(params object?[] values) => JsonSerializer.Serialize(values);

    private sealed record Envelope<T>(long Expires, T Cursor);
}
