using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

public sealed partial class EventsGrpcService
{
    /// <summary>Idempotent: completing a completed event returns it with its first completion kept.</summary>
    public override async Task<Event> CompleteEvent(CompleteEventRequest request, ServerCallContext context)
    {
        var v = new Validation();
        var date = dates.Check(v, "completed_date", request.CompletedDate, required: false) ?? clock.Today();
        CompletionDateRule.CheckNotFuture(v, "completed_date", date, clock.Today());
        var by = FieldRules.Text(v, "completed_by", request.CompletedBy, Limits.Name);
        v.ThrowIfInvalid();
        var record = await VisibleEventAsync(request.Id, context);
        var order = new Validation();
        CompletionDateRule.CheckNotBeforeEvent(order, "completed_date", date, record.EventDate);
        order.ThrowIfInvalid();
        var completed = await store.CompleteAsync(record.Id, date, by ?? CallerOf(context).Name, context.CancellationToken);
        return await ToMessageAsync(completed, context.CancellationToken);
    }

    /// <summary>Admin only: takes back a completion (it then no longer counts for compliance).</summary>
    public override async Task<Event> ReopenEvent(ReopenEventRequest request, ServerCallContext context)
    {
        if (!CallerOf(context).IsAdmin) throw new PermissionDeniedException("Only an admin may reopen a completed event.");
        var record = await VisibleEventAsync(request.Id, context);
        return await ToMessageAsync(await store.ReopenAsync(record.Id, context.CancellationToken), context.CancellationToken);
    }

    /// <summary>Reschedule and/or edit notes, link, attendees, location. Absent fields stay; an empty
    /// string clears notes, link or location.</summary>
    public override async Task<Event> UpdateEvent(UpdateEventRequest request, ServerCallContext context)
    {
        var v = new Validation();
        var date = request.EventDate is null ? null : dates.Check(v, "event_date", request.EventDate);
        if (request.Notes is { Length: > Limits.Notes }) v.Add("notes", $"At most {Limits.Notes} characters are allowed ({request.Notes.Length} given).");
        var link = request.MeetingLink is null ? null : FieldRules.Link(v, "meeting_link", request.MeetingLink) ?? "";
        var location = request.Location is null ? null : FieldRules.Text(v, "location", request.Location, Limits.Location) ?? "";
        var attendees = request.Attendees is null ? null : FieldRules.AttendeeList(v, "attendees", request.Attendees.Values);
        v.ThrowIfInvalid();

        var record = await VisibleEventAsync(request.Id, context);
        var patch = new EventPatch(date, request.Notes, link, attendees, location);
        var updated = patch.IsEmpty ? record : await store.UpdateAsync(record.Id, patch, context.CancellationToken);
        return await ToMessageAsync(updated, context.CancellationToken);
    }

    public override async Task<DeleteEventResponse> DeleteEvent(DeleteEventRequest request, ServerCallContext context)
    {
        var record = await VisibleEventAsync(request.Id, context);
        await store.DeleteAsync(record.Id, context.CancellationToken);
        return new DeleteEventResponse();
    }
}
