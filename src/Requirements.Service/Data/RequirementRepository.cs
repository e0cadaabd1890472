using Dapper;
using Npgsql;
using Segmentation.Requirements.Domain;
using Segmentation.ServiceDefaults.Access;

namespace Segmentation.Requirements.Data;

/// <summary>tier_event_requirements (the matrix) and its audit table.</summary>
public sealed class RequirementRepository(NpgsqlDataSource dataSource, MatrixCache matrixCache)
{
    internal const string CellSelect = """
        SELECT r.segment AS Segment, r.event_type_id::text AS EventTypeId, e.event_code AS EventCode, e.event_name AS EventName,
               r.required_count_per_year AS Count, r.priority_level AS Priority
        FROM tier_event_requirements r
        JOIN segmentation_event_types e ON e.id = r.event_type_id
        LEFT JOIN segmentation_tiers t ON t.tier_name = r.segment
        """;

    /// <summary>Rows of one segment (null = all), in segment-level then event-code order.</summary>
    public async Task<IReadOnlyList<RequirementCell>> ListAsync(string? segment, bool includeZero, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<RequirementCell>(new CommandDefinition($"""
            {CellSelect}
            WHERE (@segment::text IS NULL OR r.segment = @segment) AND (@includeZero OR r.required_count_per_year > 0)
            ORDER BY t.tier_level, e.event_code
            """, new { segment, includeZero }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Updates one cell and writes its audit row in the same transaction; null when the cell does not exist.</summary>
    public async Task<RequirementCell?> UpdateAsync(string segment, string eventTypeId, int count, string priority, string changedBy, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var before = await connection.QuerySingleOrDefaultAsync<RequirementCell>(new CommandDefinition(
            $"{CellSelect} WHERE r.segment = @segment AND r.event_type_id = @eventTypeId::uuid FOR UPDATE OF r",
            new { segment, eventTypeId }, transaction, cancellationToken: ct));
        if (before is null) return null;
        // The notice (open pages re-score) goes with the write: delivered only if it commits.
        await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE tier_event_requirements SET required_count_per_year = @count, priority_level = @priority
            WHERE segment = @segment AND event_type_id = @eventTypeId::uuid;
            INSERT INTO tier_event_requirements_audit
                (segment, event_type_id, before_required_count, before_priority_level, after_required_count, after_priority_level, changed_by)
            VALUES (@segment, @eventTypeId::uuid, @beforeCount, @beforePriority, @count, @priority, @changedBy);
            {DirectoryChannel.NotifySql};
            """, new { segment, eventTypeId, count, priority, changedBy, beforeCount = before.Count, beforePriority = before.Priority,
                directory_payload = DirectoryChannel.Requirements(segment) },
            transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        // This replica's next read sees the edit at once; the others when the notice reaches them (milliseconds).
        matrixCache.Evict();
        return before with { Count = count, Priority = priority };
    }

    /// <summary>Audit entries, newest first, optionally for one segment and/or event type.</summary>
    public async Task<IReadOnlyList<RequirementAuditRow>> HistoryAsync(string? segment, string? eventTypeId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<RequirementAuditRow>(new CommandDefinition("""
            SELECT a.changed_at AS At, a.changed_by AS By, a.segment AS Segment, a.event_type_id::text AS EventTypeId,
                   e.event_code AS EventCode, e.event_name AS EventName,
                   a.before_required_count AS BeforeCount, a.before_priority_level AS BeforePriority,
                   a.after_required_count AS AfterCount, a.after_priority_level AS AfterPriority
            FROM tier_event_requirements_audit a JOIN segmentation_event_types e ON e.id = a.event_type_id
            WHERE (@segment::text IS NULL OR a.segment = @segment) AND (@eventTypeId::uuid IS NULL OR a.event_type_id = @eventTypeId::uuid)
            ORDER BY a.changed_at DESC, a.id DESC
            """, new { segment, eventTypeId }, cancellationToken: ct));
        return rows.AsList();
    }
}
