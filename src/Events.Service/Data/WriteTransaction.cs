using Npgsql;

namespace Segmentation.Events.Data;

/// <summary>One write in one transaction with its AIP-155 request key: the key is claimed first (a retry
/// running at the same time waits for this transaction), the write runs, the committed answer is stored
/// with the key, and all of it commits together or not at all.</summary>
public static class WriteTransaction
{
    public static async Task<ChangeOutcome> RunAsync(NpgsqlDataSource dataSource, Guid eventId, RequestClaim? claim,
        Func<NpgsqlConnection, NpgsqlTransaction, Task<EventRecord>> write, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (claim is not null && !await RequestKeys.TryClaimAsync(connection, transaction, claim, eventId, ct))
        {
            var key = await RequestKeys.FindAsync(connection, transaction, claim.RequestId, ct);
            await transaction.RollbackAsync(ct);
            return new ChangeOutcome.RequestSeen(key!);
        }
        var result = await write(connection, transaction);
        if (claim is not null) await RequestKeys.RecordAsync(connection, transaction, claim, result, ct);
        await transaction.CommitAsync(ct);
        return new ChangeOutcome.Done(result);
    }
}
