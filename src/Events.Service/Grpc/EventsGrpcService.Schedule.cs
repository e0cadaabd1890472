using Grpc.Core;
using Segmentation.Events.Clients;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Grpc;

public sealed partial class EventsGrpcService
{
    /// <summary>created_by is the verified caller and source is "api" or "dashboard" (<see cref="WriteSource"/>):
    /// neither can be set by the request.</summary>
    public override async Task<ScheduleEventResponse> ScheduleEvent(ScheduleEventRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = CallerOf(context);
        // Event type names for the answer are fetched before the write: nothing that can fail runs after the commit.
        var byId = await types.ByIdAsync(ct);
        var v = new Validation();
        var input = scheduleValidator.Check(request, v);
        var claim = ClaimOf(v, "schedule", request, request.RequestId,
            record => new ScheduleEventResponse { Event = record.ToMessage(byId) });
        if (v.IsValid && await EarlierAsync(claim, context) is { } seen) return await ReplayAsync(seen, claim!, context);

        var clientName = string.IsNullOrWhiteSpace(request.ClientName) ? null : await clients.ResolveAsync(request.ClientName, ct);
        if (!string.IsNullOrWhiteSpace(request.ClientName) && clientName is null)
            v.Add("client_name", $"Unknown client '{request.ClientName.Trim()}'.");
        var type = string.IsNullOrWhiteSpace(request.EventType) ? null : EventTypeCatalog.Find(await types.AllAsync(fresh: true, ct), request.EventType);
        if (!string.IsNullOrWhiteSpace(request.EventType) && type is null) v.Add("event_type", $"Unknown event type '{request.EventType.Trim()}'.");
        if (type is { IsActive: false }) v.Add("event_type", $"Event type {type.Code} is inactive.");
        v.ThrowIfInvalid();

        var newEvent = new NewEvent(Guid.CreateVersion7(), clientName!, Guid.Parse(type!.Id), input!.EventDate, input.Notes,
            input.MeetingLink, input.Attendees, input.Location, WriteSource.Of(context), caller.Name);
        return await writer.ScheduleAsync(newEvent, claim, ct) switch
        {
            ScheduleOutcome.Inserted inserted => new ScheduleEventResponse { Event = inserted.Event.ToMessage(byId) },
            ScheduleOutcome.RequestSeen again => await ReplayAsync(again.Key, claim!, context),
            _ => throw new AlreadyExistsException(
                $"{newEvent.ClientName} already has a {type.Code} event on {CalendarDates.Format(newEvent.EventDate)}."),
        };
    }

    private async Task<ScheduleEventResponse> ReplayAsync(RequestKey key, RequestClaim claim, ServerCallContext context)
    {
        var response = await ReplayAsync(key, claim, ScheduleEventResponse.Parser, context)
            // A key stored before answers were kept: the event as it is now.
            ?? new ScheduleEventResponse { Event = await ToMessageAsync(await VisibleEventAsync(key.EventId.ToString(), context), context.CancellationToken) };
        response.Replayed = true;
        return response;
    }
}
