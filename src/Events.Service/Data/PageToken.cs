using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Segmentation.Events.Data;

/// <summary>AIP-158 page token: opaque to callers; holds the last (event_date, id) of the previous page
/// (keyset paging, stable under inserts) and a hash of the filter it was issued for (a token is only valid with the same filter).</summary>
public sealed record PageToken(DateOnly AfterDate, Guid AfterId, string FilterHash)
{
    /// <summary>Hash of the request's filter fields (the request without page size and token).</summary>
    public static string HashOf(byte[] filter) => Convert.ToHexString(SHA256.HashData(filter))[..16];

    public string Encode() =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{AfterDate.DayNumber}|{AfterId:N}|{FilterHash}"));

    public static PageToken? TryDecode(string token)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('|');
            if (parts.Length != 3 || !int.TryParse(parts[0], out var day) || !Guid.TryParseExact(parts[1], "N", out var id)) return null;
            if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber) return null;
            return new PageToken(DateOnly.FromDayNumber(day), id, parts[2]);
        }
        catch (FormatException) { return null; }
    }
}
