using Npgsql;
using NpgsqlTypes;

namespace Segmentation.Events.Data;

/// <summary>Appends to the change feed inside the writer's transaction. A transaction-scoped advisory
/// lock makes positions commit in position order, so a reader that resumes "after position N" can
/// never skip a change that committed late; pg_notify is delivered only when the transaction commits.</summary>
public static class ChangeLog
{
    public const string Channel = "segmentation_event_changes";

    /// <summary>Arbitrary constant naming the outbox's advisory lock.</summary>
    public const long LockKey = 0x5E6E_7C4A_0020;

    public static readonly string LockAndNotifySql = $"SELECT pg_advisory_xact_lock({LockKey}); SELECT pg_notify('{Channel}', '');";

    public static async Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string kind,
        EventRecord record, DateOnly? previousDate, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock({LockKey});
            INSERT INTO segmentation_event_changes (kind, event_id, client_name, event_type_id, event_date, previous_event_date)
            VALUES (@kind, @id, @client, @type, @date, @previous);
            SELECT pg_notify('{Channel}', '');
            """, connection, transaction);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("id", record.Id);
        command.Parameters.AddWithValue("client", record.ClientName);
        command.Parameters.AddWithValue("type", record.EventTypeId);
        command.Parameters.AddWithValue("date", record.EventDate);
        command.Parameters.Add(new NpgsqlParameter("previous", NpgsqlDbType.Date) { Value = (object?)previousDate ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(ct);
    }
}
