using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: changes to existing events. Each takes a request_id (<see cref="WriteAnswers"/>), checks
/// access on the locked row with the cached decision (<see cref="ClientDirectory"/>) and answers from the committed row.</summary>
public sealed class EventChangesGrpcService(EventStore store, ClientDirectory clients, EventTypeCatalog types, WriteAnswers answers,
    EventDateRule dates) : EventsService.EventsServiceBase
{
    /// <summary>Idempotent: completing a completed event returns it with its first completion kept.
    /// completed_by is always the verified caller.</summary>
    public override async Task<Event> CompleteEvent(CompleteEventRequest request, ServerCallContext context)
    {
        var byId = await types.ByIdAsync(context.CancellationToken);
        var today = dates.Today();
        var v = new Validation();
        var date = dates.Check(v, "completed_date", request.CompletedDate, required: false) ?? today;
        CompletionDateRule.CheckNotFuture(v, "completed_date", date, today);
        var claim = WriteAnswers.ClaimOf(v, "complete", request, request.RequestId, r => r.ToMessage(byId));
        v.ThrowIfInvalid();
        var by = context.Caller().Name;
        return await ChangeAsync(request.Id, claim, byId, context, current => PlannedChanges.Complete(current, date, by), record =>
        {
            var order = new Validation();
            CompletionDateRule.CheckNotBeforeEvent(order, "completed_date", date, record.EventDate);
            order.ThrowIfInvalid();
        });
    }

    /// <summary>Takes back a completion (it then no longer counts for compliance).</summary>
    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<Event> ReopenEvent(ReopenEventRequest request, ServerCallContext context)
    {
        var byId = await types.ByIdAsync(context.CancellationToken);
        var v = new Validation();
        var claim = WriteAnswers.ClaimOf(v, "reopen", request, request.RequestId, r => r.ToMessage(byId));
        v.ThrowIfInvalid();
        return await ChangeAsync(request.Id, claim, byId, context, PlannedChanges.Reopen);
    }

    /// <summary>Reschedule and/or edit notes, link, attendees, location. Absent fields stay; an empty string clears
    /// notes, link or location.</summary>
    public override async Task<Event> UpdateEvent(UpdateEventRequest request, ServerCallContext context)
    {
        var byId = await types.ByIdAsync(context.CancellationToken);
        var v = new Validation();
        var patch = EventPatches.From(request, v, dates);
        var claim = WriteAnswers.ClaimOf(v, "update", request, request.RequestId, r => r.ToMessage(byId));
        v.ThrowIfInvalid();
        return await ChangeAsync(request.Id, claim, byId, context, current => PatchSql.For(current, patch!));
    }

    public override async Task<DeleteEventResponse> DeleteEvent(DeleteEventRequest request, ServerCallContext context)
    {
        var v = new Validation();
        var claim = WriteAnswers.ClaimOf(v, "delete", request, request.RequestId, _ => new DeleteEventResponse());
        var id = EventIds.Parse(request.Id);
        v.ThrowIfInvalid();
        return await store.DeleteAsync(id, claim, record => CheckVisibleAsync(record, context), context.CancellationToken) is ChangeOutcome.RequestSeen seen
            ? await answers.ReplayAsync(seen.Key, claim!, DeleteEventResponse.Parser, context.Caller(), context.CancellationToken) ?? new DeleteEventResponse()
            : new DeleteEventResponse();
    }

    private async Task<Event> ChangeAsync(string id, RequestClaim? claim, IReadOnlyDictionary<string, Requirements.V1.EventType> byId,
        ServerCallContext context, Func<EventRecord, PlannedChange?> plan, Action<EventRecord>? checkRecord = null)
    {
        var eventId = EventIds.Parse(id);
        var outcome = await store.ChangeAsync(eventId, claim, async record =>
        {
            await CheckVisibleAsync(record, context);
            checkRecord?.Invoke(record);
        }, plan, context.CancellationToken);
        return outcome switch
        {
            ChangeOutcome.Done done => done.Event.ToMessage(byId),
            ChangeOutcome.RequestSeen seen => await answers.ReplayAsync(seen.Key, claim!, Event.Parser, context.Caller(), context.CancellationToken)
                ?? throw new PreconditionFailedException($"Request id '{seen.Key.RequestId}' was used before answers were kept; use a new one."),
            var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
        };
    }

    /// <summary>Another CSE's event is NOT_FOUND, so a CSE cannot even learn that it exists (nothing commits).</summary>
    private async Task CheckVisibleAsync(EventRecord record, ServerCallContext context)
    {
        if (!await clients.CanSeeAsync(context.Caller(), record.ClientName, context.CancellationToken))
            throw new NotFoundException($"Event '{record.Id}' does not exist.");
    }
}
