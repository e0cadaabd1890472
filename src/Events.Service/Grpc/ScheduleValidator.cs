using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>Shape checks of ScheduleEvent (everything but whether client and type exist); reads the proto request, so it lives at the edge.</summary>
public sealed class ScheduleValidator(EventDateRule dates)
{
    public ScheduleInput? Check(ScheduleEventRequest request, Validation v)
    {
        v.Require(!string.IsNullOrWhiteSpace(request.ClientName), "client_name", "A client name is required.");
        v.Require(request.ClientName.Length <= Limits.Name, "client_name", $"At most {Limits.Name} characters are allowed.");
        v.Require(!string.IsNullOrWhiteSpace(request.EventType), "event_type", "An event type id or code is required.");
        var date = dates.Check(v, "event_date", request.EventDate);
        var notes = request.Notes.Length == 0 ? null : request.Notes;
        v.Require(request.Notes.Length <= Limits.Notes, "notes", $"At most {Limits.Notes} characters are allowed ({request.Notes.Length} given).");
        var link = FieldRules.Link(v, "meeting_link", request.MeetingLink);
        var attendees = FieldRules.AttendeeList(v, "attendees", request.Attendees);
        var location = FieldRules.Text(v, "location", request.Location, Limits.Location);
        var completedDate = date is { } eventDate ? CompletedDate(request, eventDate, v) : null;
        return date is { } d && v.IsValid
            ? new ScheduleInput(d, notes, link, attendees, location, completedDate)
            : null;
    }

    /// <summary>A logged meeting is completed on completed_date (default: its own date), under the same rule as
    /// CompleteEvent: not before the event, not after today. A completion date without completed is a contradiction.</summary>
    private DateOnly? CompletedDate(ScheduleEventRequest request, DateOnly eventDate, Validation v)
    {
        if (!request.Completed)
        {
            v.Require(request.CompletedDate.Length == 0, "completed_date", "A completion date needs completed = true.");
            return null;
        }
        var completed = dates.Check(v, "completed_date", request.CompletedDate, required: false) ?? eventDate;
        CompletionDateRule.CheckNotBeforeEvent(v, "completed_date", completed, eventDate);
        CompletionDateRule.CheckNotFuture(v, "completed_date", completed, dates.Today());
        return completed;
    }
}
