using Dapper;
using Npgsql;

namespace Segmentation.Requirements.Data;

/// <summary>segmentation_tiers with the totals of their requirement rows (count &gt; 0 only).</summary>
public sealed class SegmentRepository(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<SegmentRow>> ListAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SegmentRow>(new CommandDefinition("""
            SELECT t.tier_name AS Name, t.tier_level AS Level, t.description AS Description, t.color AS Color,
                   count(r.event_type_id) FILTER (WHERE r.required_count_per_year > 0 AND e.is_active)::int AS RequiredEventTypes,
                   coalesce(sum(r.required_count_per_year) FILTER (WHERE e.is_active), 0)::int AS TotalRequiredPerYear
            FROM segmentation_tiers t
            LEFT JOIN tier_event_requirements r ON r.segment = t.tier_name
            LEFT JOIN segmentation_event_types e ON e.id = r.event_type_id
            GROUP BY t.tier_name, t.tier_level, t.description, t.color
            ORDER BY t.tier_level
            """, cancellationToken: ct));
        return rows.AsList();
    }
}
