using Npgsql;

namespace Segmentation.Events.Data;

/// <summary>The column list every event query selects, and the reader for it. Dates are read as
/// DateOnly straight from Npgsql, never through a DateTime.</summary>
public static class EventColumns
{
    public const string List = """
        id, client_name, event_type_id, event_date, completed, completed_date, completed_by,
        notes, meeting_link, attendees, location, source, created_by, created_at, updated_at
        """;

    /// <param name="offset">Where the columns start (a statement may return other columns first).</param>
    public static EventRecord Read(NpgsqlDataReader r, int offset = 0) => new(
        r.GetGuid(offset),
        r.GetString(offset + 1),
        r.GetGuid(offset + 2),
        r.GetFieldValue<DateOnly>(offset + 3),
        r.GetBoolean(offset + 4),
        r.IsDBNull(offset + 5) ? null : r.GetFieldValue<DateOnly>(offset + 5),
        NullableString(r, offset + 6),
        NullableString(r, offset + 7),
        NullableString(r, offset + 8),
        r.GetFieldValue<string[]>(offset + 9),
        NullableString(r, offset + 10),
        r.GetString(offset + 11),
        NullableString(r, offset + 12),
        r.GetFieldValue<DateTimeOffset>(offset + 13),
        r.GetFieldValue<DateTimeOffset>(offset + 14));

    private static string? NullableString(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    /// <summary>Runs a command and reads at most one event.</summary>
    public static async Task<EventRecord?> ReadSingleAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }
}
