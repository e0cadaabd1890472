using Npgsql;

namespace Segmentation.Events.Data;

/// <summary>Appends to the change feed inside the writer's transaction. A transaction-scoped advisory
/// lock makes positions commit in position order, so a reader that resumes "after position N" can
/// never skip a change that committed late; pg_notify is delivered only when the transaction commits.
/// The lock is taken just before the feed row gets its position, inside the same statement as the
/// write (a CTE), so it costs no round trip; it is held until the commit that ends the write.</summary>
public static class ChangeLog
{
    public const string Channel = "segmentation_event_changes";

    /// <summary>Arbitrary constant naming the outbox's advisory lock.</summary>
    public const long LockKey = 0x5E6E_7C4A_0020;

    public static readonly string LockAndNotifySql = $"SELECT pg_advisory_xact_lock({LockKey}); SELECT pg_notify('{Channel}', '');";

    /// <summary>CTE parts that lock, notify and append one feed row per row of <paramref name="source"/> (a CTE
    /// with the event columns), of kind @feed_kind with @feed_previous as the previous date.</summary>
    public static string AppendFrom(string source) => $"""
        feed_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock({LockKey}) AS locked, pg_notify('{Channel}', '') AS notified FROM {source} LIMIT 1),
        feed AS (
            INSERT INTO segmentation_event_changes (kind, event_id, client_name, event_type_id, event_date, previous_event_date)
            SELECT @feed_kind, s.id, s.client_name, s.event_type_id, s.event_date, @feed_previous FROM {source} s, feed_lock)
        """;

    public static void AddParameters(NpgsqlBatchCommand command, string kind, DateOnly? previousDate)
    {
        command.Parameters.AddText("feed_kind", kind);
        command.Parameters.AddDate("feed_previous", previousDate);
    }
}
