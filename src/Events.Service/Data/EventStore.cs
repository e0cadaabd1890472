using Npgsql;
using Segmentation.Events.Domain;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Data;

/// <summary>Reads one event and changes existing ones. A change claims its request id (if any) and locks the row
/// in its first round trip, lets the caller check the row (access, rules), writes the row and its change-feed
/// row in the second, and stores the answer for retries with the commit (the third; with the second when there
/// is no request id). Every step takes the call's cancellation token, so a caller who gave up before the commit
/// leaves nothing behind.</summary>
public sealed class EventStore(NpgsqlDataSource dataSource)
{
    private static readonly string Lock = $"SELECT {EventColumns.List} FROM segmentation_events WHERE id = @id FOR UPDATE";

    private static readonly string Delete = $"DELETE FROM segmentation_events WHERE id = @id RETURNING {EventColumns.List}";

    public async Task<EventRecord?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT {EventColumns.List} FROM segmentation_events WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return await EventColumns.ReadSingleAsync(command, ct);
    }

    /// <summary>Locks the row, runs <paramref name="check"/> on it (throw to refuse), asks <paramref name="plan"/> what to
    /// change (null = nothing) and applies it.</summary>
    public async Task<ChangeOutcome> ChangeAsync(Guid id, RequestClaim? claim, Func<EventRecord, Task> check,
        Func<EventRecord, PlannedChange?> plan, CancellationToken ct)
    {
        await using var session = await WriteSession.OpenAsync(dataSource, ct);
        var (seen, current) = await ClaimStep.RunAsync(session, id, claim, Lock, ct);
        if (seen is not null) return seen;
        await check(current!);
        if (plan(current!) is not { } change)
        {
            await ClaimStep.CommitAsync(session, claim, current!, ct);
            return new ChangeOutcome.Done(current!);
        }

        var update = new NpgsqlBatchCommand($"""
            WITH changed AS (UPDATE segmentation_events SET {change.SetClause}, updated_at = now() WHERE id = @id RETURNING {EventColumns.List}),
            {ChangeLog.AppendFrom("changed")}
            SELECT * FROM changed
            """);
        update.Parameters.AddWithValue("id", id);
        update.Parameters.AddRange(change.Parameters);
        ChangeLog.AddParameters(update, change.Kind, change.Kind == ChangeKind.Rescheduled ? current!.EventDate : null);
        EventRecord updated;
        await using (var batch = session.Batch(update))
        {
            try
            {
                await using var reader = await batch.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                updated = EventColumns.Read(reader);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new AlreadyExistsException("The client already has an event of this type on that date.");
            }
        }
        await ClaimStep.CommitAsync(session, claim, updated, ct);
        return new ChangeOutcome.Done(updated);
    }

    /// <summary>Deletes the row in the first round trip, runs <paramref name="check"/> on what was deleted (throw to
    /// refuse: nothing commits), then appends its change-feed row and commits in the second.</summary>
    public async Task<ChangeOutcome> DeleteAsync(Guid id, RequestClaim? claim, Func<EventRecord, Task> check, CancellationToken ct)
    {
        await using var session = await WriteSession.OpenAsync(dataSource, ct);
        var (seen, deleted) = await ClaimStep.RunAsync(session, id, claim, Delete, ct);
        if (seen is not null) return seen;
        await check(deleted!);
        var log = new NpgsqlBatchCommand($"""
            WITH gone AS (SELECT @id::uuid AS id, @client AS client_name, @type::uuid AS event_type_id, @date::date AS event_date),
            {ChangeLog.AppendFrom("gone")}
            SELECT 1
            """);
        log.Parameters.AddWithValue("id", deleted!.Id);
        log.Parameters.AddWithValue("client", deleted.ClientName);
        log.Parameters.AddWithValue("type", deleted.EventTypeId);
        log.Parameters.AddWithValue("date", deleted.EventDate);
        ChangeLog.AddParameters(log, ChangeKind.Deleted, null);
        if (claim is null) await session.CommitAsync(ct, log);
        else await session.CommitAsync(ct, log, RequestKeys.Record(claim, deleted));
        return new ChangeOutcome.Done(deleted);
    }

}
