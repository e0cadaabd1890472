using Npgsql;
using Segmentation.ServiceDefaults.Access;

namespace Segmentation.Requirements.Data;

/// <summary>Keeps <see cref="MatrixCache"/> true: every replica hears a requirement edit made by any of them on
/// the directory channel (sent in the editing transaction), and the cache is off while the connection is down.</summary>
public sealed class MatrixListener(NpgsqlDataSource dataSource, MatrixCache cache, ILogger<MatrixListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        DirectoryNotices.ListenAsync(dataSource, new DirectoryNoticeHandlers(OnNotice,
            OnListening: () => cache.Flush(listening: true),
            OnLost: () => cache.Flush(listening: false)), logger, stoppingToken);

    private void OnNotice(string payload)
    {
        // A client's change does not touch the matrix; anything else (requirements, event types, unknown) may.
        if (DirectoryChannel.ClientOf(payload) is null) cache.Evict();
    }
}
