using Npgsql;
using Segmentation.ServiceDefaults.Access;
using Segmentation.ServiceDefaults.Data;

namespace Segmentation.Events.Upstream;

/// <summary>Listens to Requirements' directory channel and evicts from <see cref="DirectoryCache"/> what each notice
/// names. The cache is flushed and may fill again only once LISTEN is in place, and flushed and disabled while
/// the connection is down, so no change can slip between a lost connection and its replacement.</summary>
public sealed class DirectoryListener(NpgsqlDataSource dataSource, DirectoryCache cache, ILogger<DirectoryListener> logger) : BackgroundService
{
    private static readonly TimeSpan Ping = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listening = await ListeningConnection.OpenAsync(dataSource, stoppingToken);
                var connection = listening.Connection;
                connection.Notification += (_, e) => OnNotice(e.Payload);
                await ExecuteAsync(connection, $"LISTEN {DirectoryChannel.Name}", stoppingToken);
                cache.Flush(listening: true);
                backoff = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    // A quiet connection is checked now and then: a dead one must not leave the cache trusted.
                    if (!await connection.WaitAsync(Ping, stoppingToken)) await ExecuteAsync(connection, "SELECT 1", stoppingToken);
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                cache.Flush(listening: false);
                logger.LogWarning(ex, "Directory notices unavailable; Requirements is asked on every request until they return (retry in {Delay})", backoff);
                try { await Task.Delay(backoff, stoppingToken); }
                catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private void OnNotice(string payload)
    {
        if (DirectoryChannel.ClientOf(payload) is { } client) cache.EvictClient(client);
        else if (payload == DirectoryChannel.EventTypes) cache.EvictEventTypes();
        else if (DirectoryChannel.RequirementsOf(payload) is not null) { /* requirements are not cached here */ }
        else cache.Flush(listening: true); // a notice this version does not know: be safe
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
