using Npgsql;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Data;

/// <summary>The first and last round trips every change to an existing event shares (<see cref="EventStore"/>).</summary>
internal static class ClaimStep
{
    /// <summary>First round trip: BEGIN, the claim of the request id (and the stored key, for when it was taken
    /// already), and <paramref name="sql"/> on the row. An id used before answers RequestSeen, a missing row NOT_FOUND.</summary>
    public static async Task<(ChangeOutcome? Seen, EventRecord? Row)> RunAsync(WriteSession session, Guid id, RequestClaim? claim,
        string sql, CancellationToken ct)
    {
        var row = new NpgsqlBatchCommand(sql);
        row.Parameters.AddWithValue("id", id);
        var claimed = true;
        RequestKey? earlier = null;
        EventRecord? record = null;
        await using (var batch = claim is null ? session.Batch(row) : session.Batch(RequestKeys.Claim(claim, id), RequestKeys.Find(claim.RequestId), row))
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            if (claim is not null)
            {
                claimed = await reader.ReadAsync(ct);
                await reader.NextResultAsync(ct);
                if (await reader.ReadAsync(ct)) earlier = RequestKeys.Read(claim.RequestId, reader);
                await reader.NextResultAsync(ct);
            }
            if (await reader.ReadAsync(ct)) record = EventColumns.Read(reader);
        }
        if (!claimed)
        {
            await session.RollbackAsync(ct);
            return (new ChangeOutcome.RequestSeen(earlier!), null);
        }
        return record is null ? throw NotFound(id) : (null, record);
    }

    /// <summary>Last round trip: the answer for retries (if the write has a request id) and COMMIT.</summary>
    public static Task CommitAsync(WriteSession session, RequestClaim? claim, EventRecord result, CancellationToken ct) =>
        claim is null ? session.CommitAsync(ct) : session.CommitAsync(ct, RequestKeys.Record(claim, result));

    private static NotFoundException NotFound(Guid id) => new($"Event '{id}' does not exist.");
}
