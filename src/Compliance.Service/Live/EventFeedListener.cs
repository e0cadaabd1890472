using Grpc.Core;
using Segmentation.Events.V1;

namespace Segmentation.Compliance.Live;

/// <summary>Follows Events.Service's change feed in the background (internal service identity: no
/// HttpContext here) and publishes each changed client to the hub. It resumes after the last position
/// it saw; when it had none, it asks watchers to re-check everyone, so a gap can only delay, not lose.</summary>
public sealed class EventFeedListener(
    IServiceProvider services, EventChangeHub hub, ILogger<EventFeedListener> logger) : BackgroundService
{
    private static readonly TimeSpan CallLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long position = 0;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var events = services.GetRequiredService<EventsService.EventsServiceClient>();
                using var call = events.WatchChanges(new WatchChangesRequest { AfterPosition = position },
                    deadline: DateTime.UtcNow.Add(CallLifetime), cancellationToken: stoppingToken);
                await call.ResponseHeadersAsync;
                hub.MarkLive();
                if (position == 0) hub.Publish(null);
                backoff = TimeSpan.FromSeconds(1);
                while (await call.ResponseStream.MoveNext(stoppingToken))
                {
                    position = call.ResponseStream.Current.Position;
                    hub.Publish(call.ResponseStream.Current.ClientName);
                }
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.DeadlineExceeded)
            {
                // The call's planned end of life: reconnect at once from the last position.
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return; // shutting down
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Events change feed unavailable; retrying in {Delay}", backoff);
                try { await Task.Delay(backoff, stoppingToken); }
                catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }
}
