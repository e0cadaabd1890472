using Npgsql;

namespace Segmentation.Events.Data;

/// <summary>One explicit transaction on one connection, written as batches so that a write costs as few round
/// trips as it can: the first batch opens it (BEGIN travels with the first statements) and the last one
/// closes it (COMMIT travels with the last statements). Disposed before the commit, it rolls back. A prepared session
/// prepares its batches on the physical connection first (no round trip once the connection has them): only for
/// writers whose statement texts are a small fixed set, since Npgsql keeps every explicitly prepared text.</summary>
internal sealed class WriteSession : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly bool _prepared;
    private bool _begun;
    private bool _ended;

    private WriteSession(NpgsqlConnection connection, bool prepared) => (_connection, _prepared) = (connection, prepared);

    public static async Task<WriteSession> OpenAsync(NpgsqlDataSource dataSource, CancellationToken ct, bool prepared = false) =>
        new(await dataSource.OpenConnectionAsync(ct), prepared);

    /// <summary>A batch on this connection; the first one starts the transaction.</summary>
    public NpgsqlBatch Batch(params NpgsqlBatchCommand[] commands)
    {
        var batch = new NpgsqlBatch(_connection);
        if (!_begun) batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        _begun = true;
        foreach (var command in commands) batch.BatchCommands.Add(command);
        return batch;
    }

    /// <summary>Runs a batch of this session (prepared first in a prepared session).</summary>
    public async Task<NpgsqlDataReader> ExecuteReaderAsync(NpgsqlBatch batch, CancellationToken ct)
    {
        if (_prepared) await batch.PrepareAsync(ct);
        return await batch.ExecuteReaderAsync(ct);
    }

    /// <summary>Runs <paramref name="commands"/> and COMMIT in one round trip.</summary>
    public async Task CommitAsync(CancellationToken ct, params NpgsqlBatchCommand[] commands)
    {
        await using var batch = Batch(commands);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        if (_prepared) await batch.PrepareAsync(ct);
        await batch.ExecuteNonQueryAsync(ct);
        _ended = true;
    }

    /// <summary>Ends the transaction without writing (the caller's answer does not need it).</summary>
    public async Task RollbackAsync(CancellationToken ct)
    {
        if (!_begun || _ended) return;
        _ended = true;
        await using var command = new NpgsqlCommand("ROLLBACK", _connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // After a failure or a cancelled call: never leave the pooled connection inside the transaction.
            if (_begun && !_ended && _connection.FullState == System.Data.ConnectionState.Open) await RollbackAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A broken connection is not returned to the pool in a usable state; nothing committed.
        }
        await _connection.DisposeAsync();
    }
}
