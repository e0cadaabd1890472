using System.Diagnostics;
using Npgsql;

namespace Segmentation.Bench.Portfolio;

/// <summary>The same portfolio aggregation done in one SQL statement inside PostgreSQL (SPEC §5–§6:
/// periods overlapping the year, changed segment → extended deadline, MAX across the year's
/// segments, exclusions, completed events in the window up to asOf, rounded score), and a bare
/// GROUP BY count as the floor of what any database answer costs.</summary>
public static class SqlBaseline
{
    public const string PortfolioView = """
        WITH history AS (
            SELECT cs.client_name, t.tier_name AS segment, cs.effective_from, cs.effective_to,
                   lag(t.tier_name) OVER (PARTITION BY cs.client_name ORDER BY cs.effective_from) AS previous_segment
            FROM client_segmentation cs JOIN segmentation_tiers t ON t.id = cs.tier_id
        ),
        periods AS (
            SELECT * FROM history
            WHERE effective_from <= make_date(@year, 12, 31) AND (effective_to IS NULL OR effective_to >= make_date(@year, 1, 1))
        ),
        windows AS (
            SELECT client_name,
                   CASE WHEN bool_or(effective_from >= make_date(@year, 1, 1) AND previous_segment IS NOT NULL
                                     AND previous_segment <> segment)
                        THEN make_date(@year + 1, 6, 30) ELSE make_date(@year, 12, 31) END AS deadline
            FROM periods GROUP BY client_name
        ),
        expected AS (
            SELECT p.client_name, r.event_type_id, max(r.required_count_per_year) AS expected
            FROM periods p
            JOIN tier_event_requirements r ON r.segment = p.segment AND r.required_count_per_year > 0
            WHERE NOT EXISTS (SELECT 1 FROM client_event_exclusions x
                              WHERE x.client_name = p.client_name AND x.event_type_id = r.event_type_id)
            GROUP BY p.client_name, r.event_type_id
        ),
        actual AS (
            SELECT e.client_name, e.event_type_id, count(*) AS actual
            FROM segmentation_events e JOIN windows w ON w.client_name = e.client_name
            WHERE e.completed AND e.event_date BETWEEN make_date(@year, 1, 1) AND least(w.deadline, @asOf)
            GROUP BY e.client_name, e.event_type_id
        )
        SELECT x.client_name,
               round(100.0 * count(*) FILTER (WHERE coalesce(a.actual, 0) >= x.expected) / count(*))::int AS overall_score
        FROM expected x LEFT JOIN actual a ON a.client_name = x.client_name AND a.event_type_id = x.event_type_id
        GROUP BY x.client_name
        ORDER BY x.client_name
        """;

    public const string BareGroupBy = """
        SELECT client_name, event_type_id, count(*) FROM segmentation_events
        WHERE completed AND event_date BETWEEN make_date(@year, 1, 1) AND @asOf
        GROUP BY client_name, event_type_id
        """;

    /// <summary>Runs <paramref name="sql"/> and reads every row; returns the elapsed time and the
    /// (client, first int column) pairs when the query has them.</summary>
    public static async Task<(TimeSpan Elapsed, Dictionary<string, int> Scores)> RunAsync(string connectionString, string sql, DateOnly asOf)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 600;
        command.Parameters.AddWithValue("year", DataGenerator.Year);
        command.Parameters.AddWithValue("asOf", asOf);
        var scores = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.FieldCount == 2) scores[reader.GetString(0)] = reader.GetInt32(1);
        }
        return (watch.Elapsed, scores);
    }
}
