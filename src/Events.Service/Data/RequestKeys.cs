using Npgsql;

namespace Segmentation.Events.Data;

/// <summary>segmentation_event_request_keys: claimed in the scheduling transaction, read on retries.</summary>
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
            "SELECT fingerprint, event_id FROM segmentation_event_request_keys WHERE request_id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", requestId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new RequestKey(requestId, reader.GetFieldValue<byte[]>(0), reader.GetGuid(1)) : null;
    }

    /// <summary>Inserts the key unless it exists. A concurrent claim of the same id waits here until
    /// the first transaction ends, so exactly one of many simultaneous retries goes on to insert.</summary>
    public static async Task<bool> TryClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string requestId, byte[] fingerprint, Guid eventId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO segmentation_event_request_keys (request_id, fingerprint, event_id)
            VALUES (@id, @fingerprint, @event) ON CONFLICT (request_id) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue("id", requestId);
        command.Parameters.AddWithValue("fingerprint", fingerprint);
        command.Parameters.AddWithValue("event", eventId);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}
