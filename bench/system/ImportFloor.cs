using System.Diagnostics;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Segmentation.Bench.System;

/// <summary>The floor of any import into this schema (issue 13): the same number of rows written the
/// way Events' import writes them (binary COPY into a temp table, one INSERT … SELECT into
/// segmentation_events with its indexes and foreign key, the change-feed rows), without the file,
/// the gRPC hops or the validation. Rolled back, so the data set stays as it was.</summary>
public static class ImportFloor
{
    public static async Task<TimeSpan> MeasureAsync(string connectionString, int rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clients = (await connection.QueryAsync<string>("SELECT client_name FROM nps_clients WHERE cse = 'Bench' ORDER BY client_name")).ToArray();
        var types = (await connection.QueryAsync<Guid>("SELECT id FROM segmentation_event_types WHERE is_active ORDER BY event_code")).ToArray();
        var start = new DateOnly(2030, 1, 1);
        var watch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("""
            CREATE TEMP TABLE floor_rows (row_number int, id uuid, client_name text, event_type_id uuid,
                event_date date, completed boolean, notes text) ON COMMIT DROP
            """, transaction: transaction);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY floor_rows (row_number, id, client_name, event_type_id, event_date, completed, notes) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < rows; i++)
            {
                // Unique (client, type, date) like the register: clients × types × days from 2030 on.
                var day = i / (clients.Length * types.Length);
                await copy.WriteRowAsync(default, i + 2, Guid.CreateVersion7(), clients[i % clients.Length],
                    types[i / clients.Length % types.Length], start.AddDays(day), i % 2 == 0, i % 5 == 0 ? $"note {i}" : null);
            }
            await copy.CompleteAsync();
        }
        await connection.ExecuteAsync("ANALYZE floor_rows", transaction: transaction);
        await connection.ExecuteAsync("""
            WITH inserted AS (
                INSERT INTO segmentation_events (id, client_name, event_type_id, event_date, completed, completed_date, notes, source, created_by)
                SELECT id, client_name, event_type_id, event_date, completed, CASE WHEN completed THEN event_date END, notes, 'import', 'bench'
                FROM floor_rows ORDER BY row_number
                ON CONFLICT ON CONSTRAINT segmentation_events_client_type_date_key DO NOTHING
                RETURNING id, client_name, event_type_id, event_date)
            INSERT INTO segmentation_event_changes (kind, event_id, client_name, event_type_id, event_date)
            SELECT 'created', id, client_name, event_type_id, event_date FROM inserted
            """, transaction: transaction, commandTimeout: 600);
        var elapsed = watch.Elapsed;
        await transaction.RollbackAsync();
        return elapsed;
    }
}
