using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: one event by id.</summary>
public sealed class EventReadGrpcService(EventStore store, ClientDirectory clients, EventTypeCatalog types) : EventsService.EventsServiceBase
{
    /// <summary>Another CSE's event is NOT_FOUND, so a CSE cannot even learn that it exists.</summary>
    public override async Task<Event> GetEvent(GetEventRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var record = await store.GetAsync(EventIds.Parse(request.Id), ct);
        if (record is null || !await clients.CanSeeAsync(context.Caller(), record.ClientName, ct))
            throw new NotFoundException($"Event '{request.Id}' does not exist.");
        return record.ToMessage(await types.ByIdAsync(ct));
    }
}
