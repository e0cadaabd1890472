using Npgsql;
using Segmentation.ServiceDefaults.Access;

namespace Segmentation.Events.Upstream;

/// <summary>Listens to Requirements' directory channel and evicts from <see cref="DirectoryCache"/> what each notice
/// names. The cache is flushed and may fill again only once LISTEN is in place, and flushed and disabled while
/// the connection is down (Requirements is then asked on every request), so no change can slip between a lost
/// connection and its replacement.</summary>
public sealed class DirectoryListener(NpgsqlDataSource dataSource, DirectoryCache cache, ILogger<DirectoryListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        DirectoryNotices.ListenAsync(dataSource, new DirectoryNoticeHandlers(OnNotice,
            OnListening: () => cache.Flush(listening: true),
            OnLost: () => cache.Flush(listening: false)), logger, stoppingToken);

    private void OnNotice(string payload)
    {
        if (DirectoryChannel.ClientOf(payload) is { } client) cache.EvictClient(client);
        else if (payload == DirectoryChannel.EventTypes) cache.EvictEventTypes();
        else if (DirectoryChannel.RequirementsOf(payload) is not null) { /* requirements are not cached here */ }
        else cache.Flush(listening: true); // a notice this version does not know: be safe
    }
}
