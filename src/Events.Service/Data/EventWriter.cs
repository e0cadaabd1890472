using Npgsql;
using Segmentation.Events.Domain;

namespace Segmentation.Events.Data;

/// <summary>Inserts scheduled events in two round trips: one statement claims the request key, inserts the event
/// and appends its change-feed row (with the feed's lock and NOTIFY); the second stores the answer for retries
/// with the key and commits. The call returns only after the commit. Every statement text here is one of a fixed
/// few (with or without a request key) and has no catch-all filter, so the session prepares them: PostgreSQL
/// parses and plans each once per connection instead of once per schedule.</summary>
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

    /// <summary>One row: whether the key was claimed (always true without a key), then the inserted event (nulls when none).
    /// {0} is the claim; the two shapes below are the only texts it is ever run with.</summary>
    private static readonly string ClaimInsertAndLog = $$"""
        WITH claim AS ({0}),
        inserted AS ({{Insert.Replace("{0}", "EXISTS (SELECT 1 FROM claim)", StringComparison.Ordinal)}}),
        {{ChangeLog.AppendFrom("inserted")}}
        SELECT EXISTS (SELECT 1 FROM claim), inserted.* FROM (SELECT 1) AS one LEFT JOIN inserted ON true
        """;

    private static readonly string WithKey = ClaimInsertAndLog.Replace("{0}", RequestKeys.ClaimSql, StringComparison.Ordinal);
    private static readonly string WithoutKey = ClaimInsertAndLog.Replace("{0}", "SELECT true", StringComparison.Ordinal);

    public async Task<ScheduleOutcome> ScheduleAsync(NewEvent e, RequestClaim? claim, CancellationToken ct)
    {
        await using var session = await WriteSession.OpenAsync(dataSource, ct, prepared: true);
        var write = new NpgsqlBatchCommand(claim is null ? WithoutKey : WithKey);
        if (claim is not null) RequestKeys.AddClaimParameters(write, claim, e.Id);
        AddParameters(write, e);
        ChangeLog.AddParameters(write, ChangeKind.Created, null);

        bool claimed;
        EventRecord? inserted;
        RequestKey? earlier = null;
        await using (var batch = claim is null ? session.Batch(write) : session.Batch(write, RequestKeys.Find(claim.RequestId)))
        await using (var reader = await session.ExecuteReaderAsync(batch, ct))
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
        command.Parameters.AddUuid("id", e.Id);
        command.Parameters.AddText("client", e.ClientName);
        command.Parameters.AddUuid("type", e.EventTypeId);
        command.Parameters.AddDate("date", e.EventDate);
        command.Parameters.AddText("notes", e.Notes);
        command.Parameters.AddText("link", e.MeetingLink);
        command.Parameters.AddTextArray("attendees", e.Attendees);
        command.Parameters.AddText("location", e.Location);
        command.Parameters.AddText("source", e.Source);
        command.Parameters.AddText("createdBy", e.CreatedBy);
        command.Parameters.AddDate("completedDate", e.CompletedDate);
    }
}
