using Npgsql;
using NpgsqlTypes;

namespace Segmentation.Bench.Portfolio;

/// <summary>Loads the generated data with binary COPY into a freshly migrated database.</summary>
public static class CopyLoader
{
    public static async Task LoadAsync(string connectionString, BenchData data)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tiers = new Dictionary<string, Guid>();
        await using (var command = new NpgsqlCommand("SELECT tier_name, id FROM segmentation_tiers", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tiers[reader.GetString(0)] = reader.GetGuid(1);
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY nps_clients (client_name, segment, cse) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in data.Clients) await copy.WriteRowAsync(default, c.Name, c.CurrentSegment, c.Cse);
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY client_segmentation (client_name, tier_id, cse_name, effective_from, effective_to, notes) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in data.Clients)
            {
                foreach (var p in c.Periods)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(c.Name, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(tiers[p.Segment], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(c.Cse, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(p.From, NpgsqlDbType.Date);
                    if (p.To is { } to) await copy.WriteAsync(to, NpgsqlDbType.Date); else await copy.WriteNullAsync();
                    await copy.WriteAsync("bench", NpgsqlDbType.Text);
                }
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY segmentation_events (client_name, event_type_id, event_date, completed, completed_date, source) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in data.Events)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(e.Client, NpgsqlDbType.Varchar);
                await copy.WriteAsync(e.EventTypeId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(e.Date, NpgsqlDbType.Date);
                await copy.WriteAsync(e.Completed, NpgsqlDbType.Boolean);
                if (e.Completed) await copy.WriteAsync(e.Date, NpgsqlDbType.Date); else await copy.WriteNullAsync();
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
            }
            await copy.CompleteAsync();
        }
        // VACUUM as well as ANALYZE: a database in service has been vacuumed, so its visibility map lets
        // index-only scans skip the table; whether autovacuum got there before the first measurement
        // otherwise decides the counts' plan cost (issue 13).
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 600 }) await vacuum.ExecuteNonQueryAsync();
    }
}
