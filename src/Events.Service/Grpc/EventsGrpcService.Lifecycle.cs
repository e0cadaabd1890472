using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>Changes to existing events. Each takes a request_id (see EventsGrpcService.Requests), fetches
/// what its answer needs before writing, and answers from the committed row.</summary>
public sealed partial class EventsGrpcService
{
    /// <summary>Idempotent: completing a completed event returns it with its first completion kept.
    /// completed_by is always the verified caller.</summary>
    public override async Task<Event> CompleteEvent(CompleteEventRequest request, ServerCallContext context)
    {
        var byId = await types.ByIdAsync(context.CancellationToken);
        var v = new Validation();
        var date = dates.Check(v, "completed_date", request.CompletedDate, required: false) ?? clock.Today();
        CompletionDateRule.CheckNotFuture(v, "completed_date", date, clock.Today());
        var claim = ClaimOf(v, "complete", request, request.RequestId, r => r.ToMessage(byId));
        v.ThrowIfInvalid();
        return await ChangeAsync(request.Id, claim, byId, context,
            (id, ct) => store.CompleteAsync(id, date, CallerOf(context).Name, claim, ct),
            record =>
            {
                var order = new Validation();
                CompletionDateRule.CheckNotBeforeEvent(order, "completed_date", date, record.EventDate);
                order.ThrowIfInvalid();
            });
    }

    /// <summary>Admin only: takes back a completion (it then no longer counts for compliance).</summary>
    public override async Task<Event> ReopenEvent(ReopenEventRequest request, ServerCallContext context)
    {
        if (!CallerOf(context).IsAdmin) throw new PermissionDeniedException("Only an admin may reopen a completed event.");
        var byId = await types.ByIdAsync(context.CancellationToken);
        var v = new Validation();
        var claim = ClaimOf(v, "reopen", request, request.RequestId, r => r.ToMessage(byId));
        v.ThrowIfInvalid();
        return await ChangeAsync(request.Id, claim, byId, context, (id, ct) => store.ReopenAsync(id, claim, ct));
    }

    /// <summary>Reschedule and/or edit notes, link, attendees, location. Absent fields stay; an empty
    /// string clears notes, link or location.</summary>
    public override async Task<Event> UpdateEvent(UpdateEventRequest request, ServerCallContext context)
    {
        var byId = await types.ByIdAsync(context.CancellationToken);
        var v = new Validation();
        var date = request.EventDate is null ? null : dates.Check(v, "event_date", request.EventDate);
        if (request.Notes is { Length: > Limits.Notes }) v.Add("notes", $"At most {Limits.Notes} characters are allowed ({request.Notes.Length} given).");
        var link = request.MeetingLink is null ? null : FieldRules.Link(v, "meeting_link", request.MeetingLink) ?? "";
        var location = request.Location is null ? null : FieldRules.Text(v, "location", request.Location, Limits.Location) ?? "";
        var attendees = request.Attendees is null ? null : FieldRules.AttendeeList(v, "attendees", request.Attendees.Values);
        var claim = ClaimOf(v, "update", request, request.RequestId, r => r.ToMessage(byId));
        v.ThrowIfInvalid();

        var patch = new EventPatch(date, request.Notes, link, attendees, location);
        return await ChangeAsync(request.Id, claim, byId, context, (id, ct) => store.UpdateAsync(id, patch, claim, ct));
    }

    public override async Task<DeleteEventResponse> DeleteEvent(DeleteEventRequest request, ServerCallContext context)
    {
        var v = new Validation();
        var claim = ClaimOf(v, "delete", request, request.RequestId, _ => new DeleteEventResponse());
        v.ThrowIfInvalid();
        if (await EarlierAsync(claim, context) is { } seen)
            return await ReplayAsync(seen, claim!, DeleteEventResponse.Parser, context) ?? new DeleteEventResponse();
        var record = await VisibleEventAsync(request.Id, context);
        return await store.DeleteAsync(record.Id, claim, context.CancellationToken) is ChangeOutcome.RequestSeen again
            ? await ReplayAsync(again.Key, claim!, DeleteEventResponse.Parser, context) ?? new DeleteEventResponse()
            : new DeleteEventResponse();
    }

    /// <summary>Replays an earlier call with the same request id, or checks that the caller may see the
    /// event, applies <paramref name="checkRecord"/> to it (rules that need the stored row) and runs <paramref name="change"/>.</summary>
    private async Task<Event> ChangeAsync(string id, RequestClaim? claim, IReadOnlyDictionary<string, Requirements.V1.EventType> byId,
        ServerCallContext context, Func<Guid, CancellationToken, Task<ChangeOutcome>> change, Action<EventRecord>? checkRecord = null)
    {
        if (await EarlierAsync(claim, context) is { } seen) return await ReplayEventAsync(seen, claim!, context);
        var record = await VisibleEventAsync(id, context);
        checkRecord?.Invoke(record);
        return await change(record.Id, context.CancellationToken) switch
        {
            ChangeOutcome.Done done => done.Event.ToMessage(byId),
            ChangeOutcome.RequestSeen again => await ReplayEventAsync(again.Key, claim!, context),
            var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
        };
    }

    private async Task<Event> ReplayEventAsync(RequestKey key, RequestClaim claim, ServerCallContext context) =>
        await ReplayAsync(key, claim, Event.Parser, context)
        ?? throw new ValidationException("request_id", $"Request id '{key.RequestId}' was already used for a different request.");
}
