using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Segmentation.Events.Changes;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: the change feed, for services (Compliance) and admins: it names every client, so a CSE
/// may not watch it (the "admin" policy).</summary>
[Authorize(Policy = Roles.AdminPolicy)]
public sealed class WatchGrpcService(ChangeFeedReader changes) : EventsService.EventsServiceBase
{
    public override async Task WatchChanges(WatchChangesRequest request, IServerStreamWriter<EventChange> responseStream, ServerCallContext context)
    {
        if (request.AfterPosition < 0) throw new ValidationException("after_position", "The position must not be negative.");
        await changes.RunAsync(request.AfterPosition,
            change => responseStream.WriteAsync(change.ToMessage(), context.CancellationToken), context.CancellationToken,
            // Response headers tell the watcher the feed is positioned before the first change arrives.
            () => context.WriteResponseHeadersAsync(new Metadata()));
    }
}
