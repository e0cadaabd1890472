using Microsoft.Extensions.Logging;
using Npgsql;
using Segmentation.ServiceDefaults.Data;
using Segmentation.ServiceDefaults.Hosting;

namespace Segmentation.ServiceDefaults.Access;

/// <summary>What a listener of <see cref="DirectoryChannel"/> does: <see cref="OnListening"/> once LISTEN is in
/// place (from then on no notice is missed), <see cref="OnNotice"/> for each payload, <see cref="OnLost"/> when
/// the connection fails (notices may be missed until the next OnListening).</summary>
public sealed record DirectoryNoticeHandlers(Action<string> OnNotice, Action? OnListening = null, Action? OnLost = null);

/// <summary>The one LISTEN loop on Requirements' directory channel, shared by every service that caches or pushes
/// what Requirements decides: a pooled connection that UNLISTENs before it returns (<see cref="ListeningConnection"/>),
/// a ping every 30 s so a dead connection is noticed, and a retry from 1 s doubling to 30 s.</summary>
public static class DirectoryNotices
{
    private static readonly TimeSpan Ping = TimeSpan.FromSeconds(30);

    public static async Task ListenAsync(NpgsqlDataSource dataSource, DirectoryNoticeHandlers handlers, ILogger logger, CancellationToken ct)
    {
        var retry = new RetryDelay();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var listening = await ListeningConnection.OpenAsync(dataSource, ct);
                var connection = listening.Connection;
                connection.Notification += (_, e) => handlers.OnNotice(e.Payload);
                await connection.RunAsync($"LISTEN {DirectoryChannel.Name}", ct);
                handlers.OnListening?.Invoke();
                retry.Reset();
                while (!ct.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(Ping, ct)) await connection.RunAsync("SELECT 1", ct);
                }
            }
            catch (Exception) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                handlers.OnLost?.Invoke();
                logger.LogWarning(ex, "Directory notices unavailable; retrying in {Delay}", retry.Next);
                if (!await retry.WaitAsync(ct)) return;
            }
        }
    }
}
