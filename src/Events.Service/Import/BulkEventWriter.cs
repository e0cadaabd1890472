using Npgsql;
using NpgsqlTypes;
using Segmentation.Events.Data;

namespace Segmentation.Events.Import;

/// <summary>The bulk path: binary COPY of all candidates into a temp table, then one INSERT … SELECT
/// (with ON CONFLICT for rows stored meanwhile) that also writes the change feed, all in one
/// transaction. A dry run does the same reads and rolls back.</summary>
public sealed class BulkEventWriter(NpgsqlDataSource dataSource)
{
    public async Task<BulkWriteResult> WriteAsync(IReadOnlyList<ImportCandidate> candidates, bool dryRun,
        string createdBy, CancellationToken ct)
    {
        if (candidates.Count == 0) return new BulkWriteResult(0, []);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, """
            CREATE TEMP TABLE import_rows (row_number int, id uuid, client_name text, event_type_id uuid,
                event_date date, completed boolean, notes text) ON COMMIT DROP
            """, ct);
        await CopyAsync(connection, candidates, ct);
        // Temp tables have no statistics until analysed; without them the join plans badly.
        await ExecuteAsync(connection, "ANALYZE import_rows", ct);

        var stored = await StoredDuplicatesAsync(connection, ct);
        if (dryRun)
        {
            await transaction.RollbackAsync(ct);
            return new BulkWriteResult(candidates.Count - stored.Count, stored);
        }

        await ExecuteAsync(connection, ChangeLog.LockAndNotifySql, ct);
        await using var insert = new NpgsqlCommand("""
            WITH inserted AS (
                INSERT INTO segmentation_events (id, client_name, event_type_id, event_date, completed, completed_date, notes, source, created_by)
                SELECT id, client_name, event_type_id, event_date, completed, CASE WHEN completed THEN event_date END, notes, 'import', @createdBy
                FROM import_rows ORDER BY row_number
                ON CONFLICT ON CONSTRAINT segmentation_events_client_type_date_key DO NOTHING
                RETURNING id, client_name, event_type_id, event_date)
            INSERT INTO segmentation_event_changes (kind, event_id, client_name, event_type_id, event_date)
            SELECT 'created', id, client_name, event_type_id, event_date FROM inserted
            """, connection);
        insert.Parameters.AddWithValue("createdBy", createdBy);
        var inserted = await insert.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        return new BulkWriteResult(inserted, stored);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<ImportCandidate> candidates, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY import_rows (row_number, id, client_name, event_type_id, event_date, completed, notes) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var c in candidates)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(c.Row, NpgsqlDbType.Integer, ct);
            // Time-ordered ids (UUIDv7): the batch's keys land side by side at the end of the primary
            // key instead of on 100,000 random pages of a table larger than shared_buffers.
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(c.ClientName, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(c.EventTypeId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(c.EventDate, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(c.Completed, NpgsqlDbType.Boolean, ct);
            if (c.Notes is null) await copy.WriteNullAsync(ct);
            else await copy.WriteAsync(c.Notes, NpgsqlDbType.Text, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task<List<RowIssue>> StoredDuplicatesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT i.row_number FROM import_rows i
            JOIN segmentation_events e USING (client_name, event_type_id, event_date)
            ORDER BY i.row_number
            """, connection);
        var rows = new List<RowIssue>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(new RowIssue(reader.GetInt32(0), "already stored"));
        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
