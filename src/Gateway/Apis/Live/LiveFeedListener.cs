using Segmentation.ServiceDefaults.Hosting;
using System.Threading.Channels;
using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Live;

/// <summary>This gateway's one subscription to Events' change feed (WatchChanges, as the gateway's own service identity:
/// no request here), started by the first /api/live listener. Each replica runs its own, so every replica sees every
/// write whichever replica took it. Changes are taken in batches of what arrived within 25 ms of the first (an import's
/// burst is a few batches of up to <see cref="LiveCses.MaxBatch"/>) and their clients resolved to CSEs by Requirements, the authority, in one call
/// per batch: never a cached answer, so a reassignment applies from the next change. It resumes after the last position
/// published; backs off while a service is down.</summary>
public sealed class LiveFeedListener(IServiceProvider services, LiveHub hub, ILogger<LiveFeedListener> logger) : BackgroundService
{
    private static readonly TimeSpan CallLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(25);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await hub.Wanted.WaitAsync(stoppingToken); }
        catch (OperationCanceledException) { return; }
        long position = 0;
        var retry = new RetryDelay();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var events = services.GetRequiredService<EventsService.EventsServiceClient>();
                var cses = new LiveCses(services.GetRequiredService<RequirementsService.RequirementsServiceClient>());
                using var call = events.WatchChanges(new WatchChangesRequest { AfterPosition = position },
                    deadline: DateTime.UtcNow.Add(CallLifetime), cancellationToken: stoppingToken);
                await call.ResponseHeadersAsync;
                hub.MarkLive();
                retry.Reset();
                var arrived = Channel.CreateBounded<EventChange>(LiveCses.MaxBatch);
                var pump = PumpAsync(call.ResponseStream, arrived.Writer, stoppingToken);
                while (await arrived.Reader.WaitToReadAsync(stoppingToken))
                {
                    // The feed sends a burst one message at a time: a moment's wait gathers it into one batch.
                    await Task.Delay(Linger, stoppingToken);
                    var batch = new List<EventChange>();
                    while (batch.Count < LiveCses.MaxBatch && arrived.Reader.TryRead(out var change)) batch.Add(change);
                    foreach (var live in await cses.ResolveAsync(batch, stoppingToken)) hub.Publish(live);
                    position = batch[^1].Position;
                }
                await pump;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.DeadlineExceeded) { /* planned end of the call: resume */ }
            catch (Exception) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Events change feed unavailable for live push; retrying in {Delay}", retry.Next);
                if (!await retry.WaitAsync(stoppingToken)) return;
            }
        }
    }

    /// <summary>Moves the stream into the channel; its end (or failure) completes the channel, so the batches stop there.</summary>
    private static async Task PumpAsync(IAsyncStreamReader<EventChange> stream, ChannelWriter<EventChange> writer, CancellationToken ct)
    {
        try
        {
            while (await stream.MoveNext(ct)) await writer.WriteAsync(stream.Current, ct);
            writer.Complete();
        }
        catch (Exception ex) { writer.Complete(ex); }
    }
}
