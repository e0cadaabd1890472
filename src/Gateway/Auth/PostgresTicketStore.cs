using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace Segmentation.Gateway.Auth;

/// <summary>Dashboard sessions in PostgreSQL: the cookie carries only a row id; the ticket (with the user's
/// tokens) is stored encrypted by the shared key ring. Sign-out deletes the row, so a copy of the cookie
/// replayed later, at any replica, finds nothing and is refused.</summary>
public sealed class PostgresTicketStore(NpgsqlDataSource database, IDataProtectionProvider protection, TimeProvider time) : ITicketStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("Segmentation.Gateway.Sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = Guid.NewGuid();
        await using var connection = await database.OpenConnectionAsync();
        // Expired rows go as new ones come: the index keeps this cheap.
        await connection.ExecuteAsync("DELETE FROM segmentation_gateway_sessions WHERE expires_at < @now", new { now = time.GetUtcNow() });
        await connection.ExecuteAsync("INSERT INTO segmentation_gateway_sessions (id, ticket, expires_at) VALUES (@id, @ticket, @expires)",
            new { id, ticket = Protect(ticket), expires = ExpiresOf(ticket) });
        return id.ToString("N");
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (!Guid.TryParseExact(key, "N", out var id)) return;
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync("UPDATE segmentation_gateway_sessions SET ticket = @ticket, expires_at = @expires WHERE id = @id",
            new { id, ticket = Protect(ticket), expires = ExpiresOf(ticket) });
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!Guid.TryParseExact(key, "N", out var id)) return null;
        await using var connection = await database.OpenConnectionAsync();
        var bytes = await connection.QuerySingleOrDefaultAsync<byte[]>(
            "SELECT ticket FROM segmentation_gateway_sessions WHERE id = @id AND expires_at > @now", new { id, now = time.GetUtcNow() });
        return bytes is null ? null : TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
    }

    public async Task RemoveAsync(string key)
    {
        if (!Guid.TryParseExact(key, "N", out var id)) return;
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync("DELETE FROM segmentation_gateway_sessions WHERE id = @id", new { id });
    }

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private DateTimeOffset ExpiresOf(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc ?? time.GetUtcNow().AddHours(8);
}
