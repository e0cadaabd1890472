using Npgsql;
using Segmentation.Events.Domain;

namespace Segmentation.Events.Data;

/// <summary>Inserts scheduled events in two round trips: one statement claims the request key, inserts the event
/// and appends its change-feed row (with the feed's lock and NOTIFY); the second stores the answer for retries
/// with the key and commits. The call returns only after the commit.</summary>
public sealed class EventWriter(NpgsqlDataSource dataSource)
{
    private static readonly string Insert = $$"""
        INSERT INTO segmentation_events (id, client_name, event_type_id, event_date, completed, completed_date, completed_by,
            notes, meeting_link, attendees, location, source, created_by)
        SELECT @id, @client, @type, @date, @completedDate IS NOT NULL, @completedDate,
            CASE WHEN @completedDate IS NULL THEN NULL ELSE @createdBy END,
            @notes, @link, @attendees, @location, @source, @createdBy
        WHERE {0}
        ON CONFLICT ON CONSTRAINT segmentation_events_client_type_date_key DO NOTHING
        RETURNING {{EventColumns.List}}
        """;

    /// <summary>One row: whether the key was claimed (always true without a key), then the inserted event (nulls when none).</summary>
    private static readonly string ClaimInsertAndLog = $$"""
        WITH claim AS ({0}),
        inserted AS ({{Insert.Replace("{0}", "EXISTS (SELECT 1 FROM claim)", StringComparison.Ordinal)}}),
        {{ChangeLog.AppendFrom("inserted")}}
        SELECT EXISTS (SELECT 1 FROM claim), inserted.* FROM (SELECT 1) AS one LEFT JOIN inserted ON true
        """;

    public async Task<ScheduleOutcome> ScheduleAsync(NewEvent e, RequestClaim? claim, CancellationToken ct)
    {
        await using var session = await WriteSession.OpenAsync(dataSource, ct);
        var claimCommand = claim is null ? null : RequestKeys.Claim(claim, e.Id);
        var write = new NpgsqlBatchCommand(ClaimInsertAndLog.Replace("{0}", claimCommand?.CommandText ?? "SELECT true", StringComparison.Ordinal));
        if (claimCommand is not null) write.Parameters.AddRange(claimCommand.Parameters.Select(p => p.Clone()).ToArray());
        AddParameters(write, e);
        ChangeLog.AddParameters(write, ChangeKind.Created, null);

        bool claimed;
        EventRecord? inserted;
        RequestKey? earlier = null;
        await using (var batch = claim is null ? session.Batch(write) : session.Batch(write, RequestKeys.Find(claim.RequestId)))
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            claimed = reader.GetBoolean(0);
            inserted = reader.IsDBNull(1) ? null : EventColumns.Read(reader, offset: 1);
            if (claim is not null && await reader.NextResultAsync(ct) && await reader.ReadAsync(ct)) earlier = RequestKeys.Read(claim.RequestId, reader);
        }
        if (!claimed)
        {
            await session.RollbackAsync(ct);
            return new ScheduleOutcome.RequestSeen(earlier!);
        }
        if (inserted is null)
        {
            await session.RollbackAsync(ct);
            return new ScheduleOutcome.Duplicate();
        }
        if (claim is null) await session.CommitAsync(ct);
        else await session.CommitAsync(ct, RequestKeys.Record(claim, inserted));
        return new ScheduleOutcome.Inserted(inserted);
    }

    /// <summary>A stored request key (for a request refused before it reached the write, which may still be a retry).</summary>
    public async Task<RequestKey?> FindRequestAsync(string requestId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { RequestKeys.Find(requestId) } };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? RequestKeys.Read(requestId, reader) : null;
    }

    private static void AddParameters(NpgsqlBatchCommand command, NewEvent e)
    {
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
        command.Parameters.Add(new NpgsqlParameter("completedDate", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)e.CompletedDate ?? DBNull.Value });
    }
}
