using Npgsql;
using NpgsqlTypes;
using Segmentation.Events.Data;
using Segmentation.ServiceDefaults.Data;

namespace Segmentation.Events.Import;

/// <summary>One import's write, as its rows arrive: binary COPY of each candidate into a temp table,
/// then (in <see cref="FinishAsync"/>) the file's own repeats taken out, the rows already stored found,
/// and one INSERT … SELECT (with ON CONFLICT for rows stored meanwhile) that also writes the change
/// feed, all in one transaction. A dry run or a refused file rolls back; so does an abandoned one.</summary>
public sealed class BulkWrite(NpgsqlDataSource dataSource, string createdBy) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private NpgsqlBinaryImporter? _copy;
    private int _copied;

    public async ValueTask AddAsync(ImportCandidate c, CancellationToken ct)
    {
        var copy = _copy ??= await StartAsync(ct);
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(c.Row, NpgsqlDbType.Integer, ct);
        // Time-ordered ids (UUIDv7): the batch's keys land side by side at the end of the primary
        // key instead of on 100,000 random pages of a table larger than shared_buffers.
        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync(c.ClientName, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(c.EventTypeId, NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync(c.EventDate, NpgsqlDbType.Date, ct);
        await copy.WriteAsync(c.Completed, NpgsqlDbType.Boolean, ct);
        if (c.Notes is null) await copy.WriteNullAsync(ct);
        else await copy.WriteAsync(c.Notes, NpgsqlDbType.Text, ct);
        _copied++;
    }

    /// <summary>Ends the copy and commits, unless <paramref name="refused"/> or <paramref name="dryRun"/>.</summary>
    public async Task<BulkWriteResult> FinishAsync(bool refused, bool dryRun, CancellationToken ct)
    {
        if (_copy is null) return new BulkWriteResult(0, 0, [], []);
        await _copy.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;
        var repeats = await ImportRowsSql.TakeOutRepeatsAsync(_connection!, ct);
        if (refused)
        {
            await _transaction!.RollbackAsync(ct);
            return new BulkWriteResult(_copied, 0, repeats, []);
        }
        // Temp tables have no statistics until analysed; without them the joins plan badly.
        await _connection!.RunAsync("ANALYZE import_rows", ct);
        var stored = await ImportRowsSql.StoredAsync(_connection!, ct);
        if (dryRun)
        {
            await _transaction!.RollbackAsync(ct);
            return new BulkWriteResult(_copied, _copied - repeats.Count - stored.Count, repeats, stored);
        }
        await _connection!.RunAsync(ChangeLog.LockAndNotifySql, ct);
        var inserted = await ImportRowsSql.InsertAsync(_connection!, createdBy, ct);
        await _transaction!.CommitAsync(ct);
        return new BulkWriteResult(_copied, inserted, repeats, stored);
    }

    private async Task<NpgsqlBinaryImporter> StartAsync(CancellationToken ct)
    {
        _connection = await dataSource.OpenConnectionAsync(ct);
        _transaction = await _connection.BeginTransactionAsync(ct);
        await _connection.RunAsync(ImportRowsSql.Create, ct);
        return await _connection.BeginBinaryImportAsync(ImportRowsSql.Copy, ct);
    }

    public async ValueTask DisposeAsync()
    {
        // An unfinished COPY is cancelled by disposing it; the transaction then rolls back.
        if (_copy is not null) await _copy.DisposeAsync();
        if (_transaction is not null) await _transaction.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
