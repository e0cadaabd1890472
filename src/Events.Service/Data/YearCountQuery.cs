using Npgsql;
using Segmentation.Events.Domain;

namespace Segmentation.Events.Data;

/// <summary>One client's events per type for both SPEC §5 windows of a year, in one statement: one index range of
/// (client_name, event_date) read once, each figure a FILTER of it. Equality and range lookups only (no catch-all),
/// so it is prepared on the physical connection and PostgreSQL plans it once per connection, not once per read.</summary>
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
        command.Parameters.AddText("client", clientName);
        command.Parameters.AddDate("start", w.Start);
        command.Parameters.AddDate("year_end", w.YearEnd);
        command.Parameters.AddDate("extended", w.Extended);
        command.Parameters.AddDate("completed_year_end", w.CompletedEnd(w.YearEnd));
        command.Parameters.AddDate("completed_extended", w.CompletedEnd(w.Extended));
        command.Parameters.AddDate("scheduled_start", w.ScheduledStart);
        await command.PrepareAsync(ct); // no round trip once this connection has it
        var counts = new List<YearCounts>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            counts.Add(new YearCounts(reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        return counts;
    }
}
