using Dapper;
using Npgsql;

namespace Segmentation.Requirements.Data;

/// <summary>segmentation_event_types (read only here: event types change through migrations).</summary>
public sealed class EventTypeRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id::text AS Id, event_code AS Code, event_name AS Name, frequency_type AS FrequencyType,
        responsible_team AS ResponsibleTeam, is_active AS IsActive
        """;

    public async Task<IReadOnlyList<EventTypeRow>> ListAsync(bool includeInactive, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<EventTypeRow>(new CommandDefinition(
            $"SELECT {Columns} FROM segmentation_event_types WHERE is_active OR @includeInactive ORDER BY event_code",
            new { includeInactive }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>By id (uuid text) or code, case-insensitive; null when neither matches.</summary>
    public async Task<EventTypeRow?> FindAsync(string idOrCode, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<EventTypeRow>(new CommandDefinition(
            $"SELECT {Columns} FROM segmentation_event_types WHERE id::text = lower(@key) OR upper(event_code) = upper(@key)",
            new { key = idOrCode.Trim() }, cancellationToken: ct));
        return row;
    }
}
