using Dapper;
using Npgsql;

namespace Segmentation.Faults.Load;

/// <summary>Reads, for each spec, its request key, its event and its change-feed rows in one query.</summary>
public static class StoredWrites
{
    public static async Task<Dictionary<string, StoredWrite>> ReadAsync(NpgsqlConnection connection, IReadOnlyCollection<ScheduleSpec> specs)
    {
        var rows = await connection.QueryAsync<StoredWrite>("""
            SELECT r.request_id AS RequestId, k.event_id AS KeyedEvent, e.id AS EventId,
                   (SELECT count(*) FROM segmentation_event_changes c WHERE c.event_id = e.id AND c.kind = 'created') AS CreatedChanges
            FROM unnest(@Ids, @Clients, @Codes, @Dates) AS r(request_id, client_name, event_code, event_date)
            JOIN segmentation_event_types t ON t.event_code = r.event_code
            LEFT JOIN segmentation_event_request_keys k ON k.request_id = r.request_id
            LEFT JOIN segmentation_events e
                   ON e.client_name = r.client_name AND e.event_type_id = t.id AND e.event_date = r.event_date
            """, new
        {
            Ids = specs.Select(s => s.RequestId).ToArray(),
            Clients = specs.Select(s => s.ClientName).ToArray(),
            Codes = specs.Select(s => s.EventCode).ToArray(),
            Dates = specs.Select(s => s.EventDate).ToArray(),
        });
        return rows.ToDictionary(r => r.RequestId);
    }
}
