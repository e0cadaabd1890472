using Grpc.Core;
using Segmentation.Events.Changes;
using Segmentation.Events.Clients;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.Import;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Events.Grpc;

/// <summary>The gRPC face of Events.Service. Every RPC checks its input, applies the per-CSE rule
/// through Requirements.Service, and delegates to Data/ or Import/.</summary>
public sealed partial class EventsGrpcService(
    EventStore store,
    EventWriter writer,
    EventQuery query,
    EventCounts counts,
    RequestKeys requestKeys,
    ClientDirectory clients,
    EventTypeCatalog types,
    ScheduleValidator scheduleValidator,
    EventDateRule dates,
    BusinessClock clock,
    ImportService importer,
    ChangeFeedReader changes,
    PageTokenCodec pageTokens) : EventsService.EventsServiceBase
{
    public override async Task<Event> GetEvent(GetEventRequest request, ServerCallContext context)
    {
        var record = await VisibleEventAsync(request.Id, context);
        return await ToMessageAsync(record, context.CancellationToken);
    }

    private static Caller CallerOf(ServerCallContext context) => Caller.From(context.GetHttpContext().User);

    /// <summary>The event with this id, if the caller may see its client; NOT_FOUND otherwise, so a CSE
    /// cannot even learn that another CSE's event exists.</summary>
    private async Task<EventRecord> VisibleEventAsync(string id, ServerCallContext context)
    {
        if (!Guid.TryParse(id, out var eventId)) throw new ValidationException("id", $"'{id}' is not an event id (a UUID).");
        var record = await store.GetAsync(eventId, context.CancellationToken);
        if (record is null || !await clients.CanSeeAsync(CallerOf(context), record.ClientName, context.CancellationToken))
            throw new NotFoundException($"Event '{id}' does not exist.");
        return record;
    }

    private async Task<Event> ToMessageAsync(EventRecord record, CancellationToken ct) =>
        record.ToMessage(await types.ByIdAsync(ct));
}
