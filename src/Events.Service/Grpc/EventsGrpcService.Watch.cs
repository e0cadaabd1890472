using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

public sealed partial class EventsGrpcService
{
    /// <summary>The change feed, for services (Compliance) and admins: it names every client, so a CSE may not watch it.</summary>
    public override async Task WatchChanges(WatchChangesRequest request, IServerStreamWriter<EventChange> responseStream, ServerCallContext context)
    {
        if (!CallerOf(context).IsAdmin) throw new PermissionDeniedException("Only admins and services may watch the change feed.");
        if (request.AfterPosition < 0) throw new ValidationException("after_position", "The position must not be negative.");
        await changes.RunAsync(request.AfterPosition,
            change => responseStream.WriteAsync(change.ToMessage(), context.CancellationToken), context.CancellationToken,
            // Response headers tell the watcher the feed is positioned before the first change arrives.
            () => context.WriteResponseHeadersAsync(new Metadata()));
    }
}
