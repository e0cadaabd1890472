using Npgsql;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>Deletes shared buckets nobody has used for an hour (with the Database store only). A bucket refills
/// completely within seconds (the burst at the per-minute rate), so a deleted row and a full bucket answer the
/// same; without this the table keeps two rows for every user who ever called. Every gateway runs it: a
/// DELETE is harmless to repeat.</summary>
public sealed class BucketPruner(NpgsqlDataSource database, TimeProvider time, ILogger<BucketPruner> logger) : BackgroundService
{
    public static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    public async Task<int> PruneAsync(CancellationToken ct)
    {
        await using var command = database.CreateCommand("DELETE FROM segmentation_gateway_rate_limits WHERE updated_at < now() - $1");
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = Idle });
        return await command.ExecuteNonQueryAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Idle, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try { logger.LogDebug("Pruned {Count} idle rate-limit buckets", await PruneAsync(stoppingToken)); }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException) { logger.LogWarning(ex, "Idle rate-limit buckets not pruned; next try in {Idle}", Idle); }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
