using Npgsql;
using NpgsqlTypes;
using Segmentation.Events.Domain;

namespace Segmentation.Events.Data;

/// <summary>Turns an EventPatch into a SET clause over only the columns that actually change.</summary>
public static class PatchSql
{
    public static PlannedChange? For(EventRecord current, EventPatch patch)
    {
        var sets = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        var rescheduled = patch.EventDate is { } date && date != current.EventDate;
        if (rescheduled) Add("event_date", new NpgsqlParameter("eventDate", NpgsqlDbType.Date) { Value = patch.EventDate!.Value });
        Text("notes", patch.Notes, current.Notes);
        Text("meeting_link", patch.MeetingLink, current.MeetingLink);
        Text("location", patch.Location, current.Location);
        if (patch.Attendees is { } attendees && !attendees.SequenceEqual(current.Attendees))
            Add("attendees", new NpgsqlParameter("attendees", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = attendees.ToArray() });
        if (sets.Count == 0) return null;
        return new PlannedChange(rescheduled ? ChangeKind.Rescheduled : ChangeKind.Updated, string.Join(", ", sets), parameters.ToArray());

        void Text(string column, string? value, string? existing)
        {
            if (value is null) return;
            var stored = value.Length == 0 ? null : value;
            if (stored == existing) return;
            Add(column, new NpgsqlParameter(column, NpgsqlDbType.Text) { Value = (object?)stored ?? DBNull.Value });
        }

        void Add(string column, NpgsqlParameter parameter)
        {
            sets.Add($"{column} = @{parameter.ParameterName}");
            parameters.Add(parameter);
        }
    }
}
