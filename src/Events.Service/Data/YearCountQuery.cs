using Npgsql;
using Segmentation.Events.Domain;

namespace Segmentation.Events.Data;

/// <summary>One client's events per type for both SPEC §5 windows of a year, in one statement: one index range of
/// (client_name, event_date) read once, each figure a FILTER of it.</summary>
public sealed class YearCountQuery(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        SELECT e.event_type_id,
               count(*) FILTER (WHERE e.completed AND e.event_date <= @completed_year_end)::int,
               count(*) FILTER (WHERE NOT e.completed AND e.event_date BETWEEN @scheduled_start AND @year_end)::int,
               count(*) FILTER (WHERE e.completed AND e.event_date <= @completed_extended)::int,
               count(*) FILTER (WHERE NOT e.completed AND e.event_date BETWEEN @scheduled_start AND @extended)::int
        FROM segmentation_events e
        WHERE e.client_name = @client AND e.event_date BETWEEN @start AND @extended
        GROUP BY e.event_type_id
        """;

    public async Task<IReadOnlyList<YearCounts>> CountAsync(string clientName, YearWindows w, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("client", clientName);
        command.Parameters.AddWithValue("start", w.Start);
        command.Parameters.AddWithValue("year_end", w.YearEnd);
        command.Parameters.AddWithValue("extended", w.Extended);
        command.Parameters.AddWithValue("completed_year_end", w.CompletedEnd(w.YearEnd));
        command.Parameters.AddWithValue("completed_extended", w.CompletedEnd(w.Extended));
        command.Parameters.AddWithValue("scheduled_start", w.ScheduledStart);
        var counts = new List<YearCounts>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            counts.Add(new YearCounts(reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        return counts;
    }
}
