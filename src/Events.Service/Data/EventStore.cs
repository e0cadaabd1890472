using Npgsql;
using Segmentation.Events.Domain;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Data;

/// <summary>Reads one event and changes existing ones. Each change claims its request id (if any), locks
/// the row, writes its change-feed row and the answer for retries in the same transaction, and commits
/// before returning. Every step takes the call's cancellation token, so a caller who gave up (deadline
/// or cancellation) before the commit leaves nothing behind.</summary>
public sealed class EventStore(NpgsqlDataSource dataSource)
{
    public async Task<EventRecord?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT {EventColumns.List} FROM segmentation_events WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return await EventColumns.ReadSingleAsync(command, ct);
    }

    /// <summary>Completes once: a second completion (even a concurrent one) returns the first unchanged.</summary>
    public Task<ChangeOutcome> CompleteAsync(Guid id, DateOnly completedDate, string completedBy, RequestClaim? claim, CancellationToken ct) =>
        ChangeAsync(id, current => current.Completed ? null : new PlannedChange(ChangeKind.Completed,
            "completed = true, completed_date = @completedDate, completed_by = @completedBy",
            [new NpgsqlParameter("completedDate", completedDate), new NpgsqlParameter("completedBy", completedBy)]), claim, ct);

    public Task<ChangeOutcome> ReopenAsync(Guid id, RequestClaim? claim, CancellationToken ct) =>
        ChangeAsync(id, current => !current.Completed ? null : new PlannedChange(ChangeKind.Reopened,
            "completed = false, completed_date = NULL, completed_by = NULL", []), claim, ct);

    public Task<ChangeOutcome> UpdateAsync(Guid id, EventPatch patch, RequestClaim? claim, CancellationToken ct) =>
        ChangeAsync(id, current => PatchSql.For(current, patch), claim, ct);

    public Task<ChangeOutcome> DeleteAsync(Guid id, RequestClaim? claim, CancellationToken ct) =>
        WriteTransaction.RunAsync(dataSource, id, claim, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(
                $"DELETE FROM segmentation_events WHERE id = @id RETURNING {EventColumns.List}", connection, transaction);
            command.Parameters.AddWithValue("id", id);
            var deleted = await EventColumns.ReadSingleAsync(command, ct) ?? throw NotFound(id);
            await ChangeLog.AppendAsync(connection, transaction, ChangeKind.Deleted, deleted, null, ct);
            return deleted;
        }, ct);

    /// <summary>Locks the row, asks <paramref name="plan"/> what to change (null = nothing), applies it.</summary>
    private Task<ChangeOutcome> ChangeAsync(Guid id, Func<EventRecord, PlannedChange?> plan, RequestClaim? claim, CancellationToken ct) =>
        WriteTransaction.RunAsync(dataSource, id, claim, async (connection, transaction) =>
        {
            await using var select = new NpgsqlCommand(
                $"SELECT {EventColumns.List} FROM segmentation_events WHERE id = @id FOR UPDATE", connection, transaction);
            select.Parameters.AddWithValue("id", id);
            var current = await EventColumns.ReadSingleAsync(select, ct) ?? throw NotFound(id);
            if (plan(current) is not { } change) return current;

            await using var update = new NpgsqlCommand(
                $"UPDATE segmentation_events SET {change.SetClause}, updated_at = now() WHERE id = @id RETURNING {EventColumns.List}",
                connection, transaction);
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddRange(change.Parameters);
            EventRecord updated;
            try { updated = (await EventColumns.ReadSingleAsync(update, ct))!; }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new AlreadyExistsException("The client already has an event of this type on that date.");
            }
            var previousDate = change.Kind == ChangeKind.Rescheduled ? current.EventDate : (DateOnly?)null;
            await ChangeLog.AppendAsync(connection, transaction, change.Kind, updated, previousDate, ct);
            return updated;
        }, ct);

    private static NotFoundException NotFound(Guid id) => new($"Event '{id}' does not exist.");
}
