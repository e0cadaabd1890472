using Npgsql;

namespace Segmentation.Events.Import;

/// <summary>The statements of a bulk write over its temp table import_rows.</summary>
public static class ImportRowsSql
{
    public const string Create = """
        CREATE TEMP TABLE import_rows (row_number int, id uuid, client_name text, event_type_id uuid,
            event_date date, completed boolean, notes text) ON COMMIT DROP
        """;

    public const string Copy =
        "COPY import_rows (row_number, id, client_name, event_type_id, event_date, completed, notes) FROM STDIN (FORMAT BINARY)";

    /// <summary>Deletes every row that repeats an earlier row of the file (same client, type and date)
    /// and names the row it repeats; the set lives in PostgreSQL, not in the service's memory.</summary>
    public static async Task<List<RowIssue>> TakeOutRepeatsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            WITH ranked AS (
                SELECT row_number, min(row_number) OVER (PARTITION BY client_name, event_type_id, event_date) AS first
                FROM import_rows)
            DELETE FROM import_rows i USING ranked r
            WHERE i.row_number = r.row_number AND r.row_number <> r.first
            RETURNING i.row_number, r.first
            """, connection);
        var rows = new List<RowIssue>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) rows.Add(new RowIssue(reader.GetInt32(0), $"repeats row {reader.GetInt32(1)}"));
        rows.Sort((a, b) => a.Row.CompareTo(b.Row));
        return rows;
    }

    public static async Task<List<RowIssue>> StoredAsync(NpgsqlConnection connection, CancellationToken ct)
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

    /// <summary>Inserts the rows with their change-feed rows; ON CONFLICT skips rows stored meanwhile.</summary>
    public static async Task<int> InsertAsync(NpgsqlConnection connection, string createdBy, CancellationToken ct)
    {
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
        return await insert.ExecuteNonQueryAsync(ct);
    }
}
