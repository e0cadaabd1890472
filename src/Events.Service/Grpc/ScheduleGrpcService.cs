using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: scheduling. Client and event type come from Requirements' decisions cached here (no call
/// on a warm path); the write is two SQL round trips (EventWriter).</summary>
public sealed class ScheduleGrpcService(EventWriter writer, ScheduleValidator validator, ClientDirectory clients, EventTypeCatalog types,
    WriteAnswers answers) : EventsService.EventsServiceBase
{
    /// <summary>created_by is the verified caller and source is "api" or "dashboard" (<see cref="WriteSource"/>):
    /// neither can be set by the request.</summary>
    public override async Task<ScheduleEventResponse> ScheduleEvent(ScheduleEventRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = context.Caller();
        // Event type names for the answer are known before the write: nothing that can fail runs after the commit.
        var byId = await types.ByIdAsync(ct);
        var v = new Validation();
        var input = validator.Check(request, v);
        var claim = WriteAnswers.ClaimOf(v, "schedule", request, request.RequestId,
            record => new ScheduleEventResponse { Event = record.ToMessage(byId) });
        var clientName = string.IsNullOrWhiteSpace(request.ClientName) ? null : await clients.ResolveAsync(request.ClientName, ct);
        if (!string.IsNullOrWhiteSpace(request.ClientName) && clientName is null)
            v.Add("client_name", $"Unknown client '{request.ClientName.Trim()}'.");
        var type = string.IsNullOrWhiteSpace(request.EventType) ? null : EventTypeCatalog.Find(byId.Values, request.EventType);
        if (!string.IsNullOrWhiteSpace(request.EventType) && type is null) v.Add("event_type", $"Unknown event type '{request.EventType.Trim()}'.");
        if (type is { IsActive: false }) v.Add("event_type", $"Event type {type.Code} is inactive.");
        // A retry of an earlier call is answered as that call was, even if the same request would now be refused
        // (its client since hidden, say); this costs a round trip on the refusal path only.
        if (!v.IsValid && claim is not null && await writer.FindRequestAsync(claim.RequestId, ct) is { } earlier)
            return await ReplayAsync(earlier, claim, context);
        v.ThrowIfInvalid();

        var newEvent = new NewEvent(Guid.CreateVersion7(), clientName!, Guid.Parse(type!.Id), input!.EventDate, input.Notes,
            input.MeetingLink, input.Attendees, input.Location, WriteSource.Of(context), caller.Name, input.CompletedDate);
        return await writer.ScheduleAsync(newEvent, claim, ct) switch
        {
            ScheduleOutcome.Inserted inserted => new ScheduleEventResponse { Event = inserted.Event.ToMessage(byId) },
            ScheduleOutcome.RequestSeen seen => await ReplayAsync(seen.Key, claim!, context),
            _ => throw new AlreadyExistsException(
                $"{newEvent.ClientName} already has a {type.Code} event on {CalendarDates.Format(newEvent.EventDate)}."),
        };
    }

    private async Task<ScheduleEventResponse> ReplayAsync(RequestKey key, RequestClaim claim, ServerCallContext context)
    {
        var response = await answers.ReplayAsync(key, claim, ScheduleEventResponse.Parser, context.Caller(), context.CancellationToken)
            ?? throw new PreconditionFailedException($"Request id '{key.RequestId}' was used before answers were kept; use a new one.");
        response.Replayed = true;
        return response;
    }
}
