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

    public static EventRecord Read(NpgsqlDataReader r) => new(
        r.GetGuid(0),
        r.GetString(1),
        r.GetGuid(2),
        r.GetFieldValue<DateOnly>(3),
        r.GetBoolean(4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5),
        NullableString(r, 6),
        NullableString(r, 7),
        NullableString(r, 8),
        r.GetFieldValue<string[]>(9),
        NullableString(r, 10),
        r.GetString(11),
        NullableString(r, 12),
        r.GetFieldValue<DateTimeOffset>(13),
        r.GetFieldValue<DateTimeOffset>(14));

    private static string? NullableString(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    /// <summary>Runs a command and reads at most one event.</summary>
    public static async Task<EventRecord?> ReadSingleAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }
}
