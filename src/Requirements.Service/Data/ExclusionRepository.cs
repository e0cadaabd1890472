using Dapper;
using Npgsql;

namespace Segmentation.Requirements.Data;

/// <summary>client_event_exclusions: event types removed from one client's assessment, with a reason.</summary>
public sealed class ExclusionRepository(NpgsqlDataSource dataSource)
{
    private const string Select = """
        SELECT x.client_name AS ClientName, x.event_type_id::text AS EventTypeId, e.event_code AS EventCode,
               x.reason AS Reason, x.created_at AS CreatedAt
        FROM client_event_exclusions x JOIN segmentation_event_types e ON e.id = x.event_type_id
        """;

    /// <summary>Adds the exclusion, or replaces the reason of an existing one.</summary>
    public async Task<ExclusionRow> SetAsync(string clientName, string eventTypeId, string reason, string createdBy, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO client_event_exclusions (client_name, event_type_id, reason, created_by)
            VALUES (@clientName, @eventTypeId::uuid, @reason, @createdBy)
            ON CONFLICT (client_name, event_type_id) DO UPDATE SET reason = excluded.reason
            """, new { clientName, eventTypeId, reason, createdBy }, cancellationToken: ct));
        return await connection.QuerySingleAsync<ExclusionRow>(new CommandDefinition(
            $"{Select} WHERE x.client_name = @clientName AND x.event_type_id = @eventTypeId::uuid",
            new { clientName, eventTypeId }, cancellationToken: ct));
    }

    public async Task<bool> RemoveAsync(string clientName, string eventTypeId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM client_event_exclusions WHERE client_name = @clientName AND event_type_id = @eventTypeId::uuid",
            new { clientName, eventTypeId }, cancellationToken: ct)) > 0;
    }

    public async Task<IReadOnlyList<ExclusionRow>> ListAsync(string clientName, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<ExclusionRow>(new CommandDefinition(
            $"{Select} WHERE x.client_name = @clientName ORDER BY e.event_code", new { clientName }, cancellationToken: ct));
        return rows.AsList();
    }
}
