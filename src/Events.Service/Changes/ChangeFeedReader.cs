using Npgsql;
using Segmentation.Events.Data;
using Segmentation.ServiceDefaults.Data;

namespace Segmentation.Events.Changes;

/// <summary>Streams committed changes after a position, then waits for more: LISTEN wakes it as soon
/// as a writer commits, and a poll every few seconds covers a lost notification. The outbox is the
/// truth, so a reader that was away simply resumes from its last position.</summary>
public sealed class ChangeFeedReader(NpgsqlDataSource dataSource, EventsOptions options)
{
    private const int BatchSize = 1000;

    public async Task RunAsync(long afterPosition, Func<ChangeRecord, Task> onChange, CancellationToken ct, Func<Task>? onListening = null)
    {
        await using var listening = await ListeningConnection.OpenAsync(dataSource, ct);
        var connection = listening.Connection;
        var notified = false;
        connection.Notification += (_, _) => notified = true;
        await connection.RunAsync($"LISTEN {ChangeLog.Channel}", ct);
        var position = afterPosition > 0 ? afterPosition : await LatestPositionAsync(connection, ct);
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.WatchPollSeconds));
        // From here on no change is missed; a watcher can trust what it computes after this signal.
        if (onListening is not null) await onListening();

        while (!ct.IsCancellationRequested)
        {
            notified = false;
            var batch = await ReadAfterAsync(connection, position, ct);
            foreach (var change in batch)
            {
                await onChange(change);
                position = change.Position;
            }
            // A notification that arrived while reading (or a full batch) means there may be more now.
            if (batch.Count == BatchSize || notified) continue;
            await connection.WaitAsync(poll, ct);
        }
    }

    private static async Task<List<ChangeRecord>> ReadAfterAsync(NpgsqlConnection connection, long position, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT position, kind, event_id, client_name, event_type_id, event_date, previous_event_date, committed_at
            FROM segmentation_event_changes WHERE position > @position ORDER BY position LIMIT {BatchSize}
            """, connection);
        command.Parameters.AddWithValue("position", position);
        var changes = new List<ChangeRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            changes.Add(new ChangeRecord(reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3),
                reader.GetGuid(4), reader.GetFieldValue<DateOnly>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }
        return changes;
    }

    private static async Task<long> LatestPositionAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(position), 0) FROM segmentation_event_changes", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
