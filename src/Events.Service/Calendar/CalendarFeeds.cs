using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;

namespace Segmentation.Events.Calendar;

/// <summary>segmentation_event_calendar_feeds: one feed per owner, stored as the SHA-256 of its secret only. A secret is
/// 32 random bytes (base64url), so its hash needs no salt or stretching to resist guessing.</summary>
public sealed class CalendarFeeds(NpgsqlDataSource dataSource)
{
    /// <summary>A new secret for <paramref name="owner"/>, replacing (so invalidating) any earlier one, in one statement.</summary>
    public async Task<string> RotateAsync(CalendarFeedOwner owner, CancellationToken ct)
    {
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var command = dataSource.CreateCommand("""
            INSERT INTO segmentation_event_calendar_feeds (owner, secret_hash, is_admin, cse) VALUES (@owner, @hash, @admin, @cse)
            ON CONFLICT (owner) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, is_admin = EXCLUDED.is_admin,
                cse = EXCLUDED.cse, created_at = now()
            """);
        command.Parameters.AddWithValue("owner", owner.Owner);
        command.Parameters.AddWithValue("hash", HashOf(secret));
        command.Parameters.AddWithValue("admin", owner.IsAdmin);
        command.Parameters.AddWithValue("cse", (object?)owner.Cse ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(ct);
        return secret;
    }

    public async Task<bool> RevokeAsync(string owner, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM segmentation_event_calendar_feeds WHERE owner = @owner");
        command.Parameters.AddWithValue("owner", owner);
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<CalendarFeedOwner?> FindAsync(string secret, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT owner, is_admin, cse FROM segmentation_event_calendar_feeds WHERE secret_hash = @hash");
        command.Parameters.AddWithValue("hash", HashOf(secret));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new CalendarFeedOwner(reader.GetString(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2))
            : null;
    }

    private static byte[] HashOf(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
