using Npgsql;
using NpgsqlTypes;

namespace Segmentation.Events.Data;

/// <summary>Lists events by filter in (event_date, id) order, one page at a time.</summary>
public sealed class EventQuery(NpgsqlDataSource dataSource)
{
    /// <summary>Up to <paramref name="pageSize"/> events after <paramref name="after"/>, and whether more follow.</summary>
    public async Task<(IReadOnlyList<EventRecord> Events, bool More)> ListAsync(
        EventFilter filter, EventCursor? after, int pageSize, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand { Connection = connection };
        var where = new List<string>();
        void Add(string condition, string name, object value, NpgsqlDbType type)
        {
            where.Add(condition);
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }
        if (filter.Clients is { } clients) Add("client_name = ANY(@clients)", "clients", clients.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        if (filter.Year is { } year) Add("event_year = @year", "year", year, NpgsqlDbType.Integer);
        if (filter.EventTypeId is { } type) Add("event_type_id = @type", "type", type, NpgsqlDbType.Uuid);
        if (filter.Completed is { } completed) Add("completed = @completed", "completed", completed, NpgsqlDbType.Boolean);
        if (filter.From is { } from) Add("event_date >= @from", "from", from, NpgsqlDbType.Date);
        if (filter.To is { } to) Add("event_date <= @to", "to", to, NpgsqlDbType.Date);
        if (filter.Windows is { } windows)
        {
            // Each client its own window, in one statement whatever the number of clients.
            Add("""
                EXISTS (SELECT 1 FROM unnest(@windowClients, @windowFirst, @windowLast) AS w(client, first_day, last_day)
                        WHERE w.client = client_name AND event_date BETWEEN w.first_day AND w.last_day)
                """, "windowClients", windows.Select(w => w.ClientName).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            command.Parameters.Add(new NpgsqlParameter("windowFirst", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = windows.Select(w => w.First).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("windowLast", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = windows.Select(w => w.Last).ToArray() });
        }
        if (after is not null)
        {
            Add("(event_date, id) > (@afterDate, @afterId)", "afterDate", after.AfterDate, NpgsqlDbType.Date);
            command.Parameters.Add(new NpgsqlParameter("afterId", NpgsqlDbType.Uuid) { Value = after.AfterId });
        }
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = pageSize + 1 });
        command.CommandText = $"""
            SELECT {EventColumns.List} FROM segmentation_events
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY event_date, id LIMIT @limit
            """;

        var events = new List<EventRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) events.Add(EventColumns.Read(reader));
        var more = events.Count > pageSize;
        if (more) events.RemoveAt(events.Count - 1);
        return (events, more);
    }

    /// <summary>Every client that has at least one event: the candidates a CSE's unfiltered list is narrowed from.</summary>
    public async Task<IReadOnlyList<string>> ClientNamesAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("SELECT DISTINCT client_name FROM segmentation_events", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }
}
