using Npgsql;
using Segmentation.Events.Domain;

namespace Segmentation.Events.Data;

/// <summary>Inserts scheduled events. The event, its request key (with the answer for retries) and its
/// change-feed row commit in one transaction, and the call returns only after the commit.</summary>
public sealed class EventWriter(NpgsqlDataSource dataSource)
{
    public async Task<ScheduleOutcome> ScheduleAsync(NewEvent e, RequestClaim? claim, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (claim is not null && !await RequestKeys.TryClaimAsync(connection, transaction, claim, e.Id, ct))
        {
            var key = await RequestKeys.FindAsync(connection, transaction, claim.RequestId, ct);
            await transaction.RollbackAsync(ct);
            return new ScheduleOutcome.RequestSeen(key!);
        }

        await using var command = new NpgsqlCommand($"""
            INSERT INTO segmentation_events (id, client_name, event_type_id, event_date, completed, notes,
                meeting_link, attendees, location, source, created_by)
            VALUES (@id, @client, @type, @date, false, @notes, @link, @attendees, @location, @source, @createdBy)
            ON CONFLICT ON CONSTRAINT segmentation_events_client_type_date_key DO NOTHING
            RETURNING {EventColumns.List}
            """, connection, transaction);
        command.Parameters.AddWithValue("id", e.Id);
        command.Parameters.AddWithValue("client", e.ClientName);
        command.Parameters.AddWithValue("type", e.EventTypeId);
        command.Parameters.AddWithValue("date", e.EventDate);
        command.Parameters.AddWithValue("notes", (object?)e.Notes ?? DBNull.Value);
        command.Parameters.AddWithValue("link", (object?)e.MeetingLink ?? DBNull.Value);
        command.Parameters.AddWithValue("attendees", e.Attendees.ToArray());
        command.Parameters.AddWithValue("location", (object?)e.Location ?? DBNull.Value);
        command.Parameters.AddWithValue("source", e.Source);
        command.Parameters.AddWithValue("createdBy", e.CreatedBy);
        var inserted = await EventColumns.ReadSingleAsync(command, ct);
        if (inserted is null)
        {
            await transaction.RollbackAsync(ct);
            return new ScheduleOutcome.Duplicate();
        }
        await ChangeLog.AppendAsync(connection, transaction, ChangeKind.Created, inserted, null, ct);
        if (claim is not null) await RequestKeys.RecordAsync(connection, transaction, claim, inserted, ct);
        await transaction.CommitAsync(ct);
        return new ScheduleOutcome.Inserted(inserted);
    }
}
