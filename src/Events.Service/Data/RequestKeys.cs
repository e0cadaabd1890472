using Npgsql;

namespace Segmentation.Events.Data;

/// <summary>segmentation_event_request_keys: claimed inside the write's transaction, filled with the
/// committed answer just before the commit, read on retries.</summary>
public sealed class RequestKeys(NpgsqlDataSource dataSource)
{
    public async Task<RequestKey?> FindAsync(string requestId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await FindAsync(connection, null, requestId, ct);
    }

    public static async Task<RequestKey?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string requestId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT operation, fingerprint, event_id, client_name, response FROM segmentation_event_request_keys WHERE request_id = @id",
            connection, transaction);
        command.Parameters.AddWithValue("id", requestId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new RequestKey(requestId, reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetGuid(2),
            reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4));
    }

    /// <summary>Inserts the key unless it exists. A concurrent claim of the same id waits here until
    /// the first transaction ends, so exactly one of many simultaneous retries goes on to write.</summary>
    public static async Task<bool> TryClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        RequestClaim claim, Guid eventId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO segmentation_event_request_keys (request_id, operation, fingerprint, event_id)
            VALUES (@id, @operation, @fingerprint, @event) ON CONFLICT (request_id) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue("id", claim.RequestId);
        command.Parameters.AddWithValue("operation", claim.Operation);
        command.Parameters.AddWithValue("fingerprint", claim.Fingerprint);
        command.Parameters.AddWithValue("event", eventId);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Stores the answer in the same transaction as the write it describes.</summary>
    public static async Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        RequestClaim claim, EventRecord result, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE segmentation_event_request_keys SET client_name = @client, response = @response WHERE request_id = @id",
            connection, transaction);
        command.Parameters.AddWithValue("id", claim.RequestId);
        command.Parameters.AddWithValue("client", result.ClientName);
        command.Parameters.AddWithValue("response", claim.Respond(result));
        await command.ExecuteNonQueryAsync(ct);
    }
}
