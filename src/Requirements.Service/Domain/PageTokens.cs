using System.Security.Cryptography;
using System.Text;

namespace Segmentation.Requirements.Domain;

/// <summary>AIP-158 page tokens: opaque base64url of the last key returned, bound to the request's
/// filters so a token cannot be replayed against a different query.</summary>
public static class PageTokens
{
    private const string Version = "v1";
    private const char Separator = '\u001f';

    public static string Encode(string lastKey, string filters) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Version}{Separator}{Fingerprint(filters)}{Separator}{lastKey}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>False when the token is malformed or was issued for other filters.</summary>
    public static bool TryDecode(string token, string filters, out string lastKey)
    {
        lastKey = "";
        var parts = Decode(token)?.Split(Separator, 3);
        if (parts is not [Version, var fingerprint, var key] || fingerprint != Fingerprint(filters)) return false;
        lastKey = key;
        return true;
    }

    private static string? Decode(string token)
    {
        var base64 = token.Trim().Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written)) return null;
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, written); }
        catch (DecoderFallbackException) { return null; }
    }

    private static string Fingerprint(string filters) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(filters)))[..12];
}
