using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Live;

/// <summary>This gateway's one subscription to Events' change feed (WatchChanges, as the gateway's own service identity:
/// no request here), started by the first /api/live listener. Each replica runs its own, so every replica sees every
/// write whichever replica took it. Each change's client is resolved to its CSE by Requirements (the authority), once
/// per change for all listeners. It resumes after the last position seen; backs off while a service is down.</summary>
public sealed class LiveFeedListener(IServiceProvider services, LiveHub hub, ILogger<LiveFeedListener> logger) : BackgroundService
{
    private static readonly TimeSpan CallLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await hub.Wanted.WaitAsync(stoppingToken); }
        catch (OperationCanceledException) { return; }
        long position = 0;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var events = services.GetRequiredService<EventsService.EventsServiceClient>();
                var requirements = services.GetRequiredService<RequirementsService.RequirementsServiceClient>();
                using var call = events.WatchChanges(new WatchChangesRequest { AfterPosition = position },
                    deadline: DateTime.UtcNow.Add(CallLifetime), cancellationToken: stoppingToken);
                await call.ResponseHeadersAsync;
                hub.MarkLive();
                backoff = TimeSpan.FromSeconds(1);
                while (await call.ResponseStream.MoveNext(stoppingToken))
                {
                    var change = call.ResponseStream.Current;
                    hub.Publish(await WithCseAsync(requirements, change, stoppingToken));
                    position = change.Position;
                }
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.DeadlineExceeded) { /* planned end of the call: resume */ }
            catch (Exception) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Events change feed unavailable for live push; retrying in {Delay}", backoff);
                try { await Task.Delay(backoff, stoppingToken); }
                catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private static async Task<LiveChange> WithCseAsync(RequirementsService.RequirementsServiceClient requirements, EventChange change, CancellationToken ct)
    {
        var request = new ResolveClientsRequest();
        request.Names.Add(change.ClientName);
        var found = (await requirements.ResolveClientsAsync(request, cancellationToken: ct)).Clients.FirstOrDefault(c => c.Found);
        var year = int.TryParse(change.EventDate.AsSpan(0, Math.Min(4, change.EventDate.Length)), out var y) ? y : 0;
        return new LiveChange(change.Position, change.Kind, change.ClientName, year, change.EventId, change.EventDate,
            Wire.Optional(change.PreviousEventDate), found?.Cse);
    }
}
