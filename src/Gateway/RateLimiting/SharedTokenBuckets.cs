using Npgsql;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>The token buckets every gateway replica shares (table segmentation_gateway_rate_limits, migration 040):
/// one statement per request refills the bucket by the time passed since its last use (the database's clock, so
/// replicas' clocks never disagree) and takes a token when there is one. The row lock orders one user's
/// concurrent requests across replicas.</summary>
public sealed class SharedTokenBuckets(NpgsqlDataSource database, ILogger<SharedTokenBuckets> logger) : ITokenBuckets
{
    private const string Take = """
        INSERT INTO segmentation_gateway_rate_limits AS b (bucket, tokens, granted, updated_at)
        VALUES ($1, $2 - 1, true, now())
        ON CONFLICT (bucket) DO UPDATE SET
            tokens = LEAST($2, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - b.updated_at)) * $3)
                   - CASE WHEN LEAST($2, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - b.updated_at)) * $3) >= 1 THEN 1 ELSE 0 END,
            granted = LEAST($2, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - b.updated_at)) * $3) >= 1,
            updated_at = now()
        RETURNING granted, tokens
        """;

    /// <summary>Takes one token from <paramref name="bucket"/>; when there is none, says how long until there is.
    /// The database unreachable admits the request: the limit stops runaway scripts, it must not turn a
    /// database outage into refusals of its own (the services answer that outage themselves).</summary>
    public async ValueTask<BucketAnswer> TakeAsync(string bucket, BucketSize size, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = database.CreateCommand(Take);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = bucket });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = size.Burst });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = size.PerSecond });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var (granted, tokens) = (reader.GetBoolean(0), reader.GetDouble(1));
            return granted ? BucketAnswer.Granted : BucketAnswer.Refused(TimeSpan.FromSeconds((1 - tokens) / size.PerSecond));
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            logger.LogWarning(ex, "Rate-limit bucket {Bucket} could not be read; the request is admitted.", bucket);
            return BucketAnswer.Granted;
        }
    }
}
