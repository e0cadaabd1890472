using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>UpdateEventRequest → the checked patch (absent fields stay; "" clears notes, link or location).</summary>
internal static class EventPatches
{
    public static EventPatch? From(UpdateEventRequest request, Validation v, EventDateRule dates)
    {
        var date = request.EventDate is null ? null : dates.Check(v, "event_date", request.EventDate);
        if (request.Notes is { Length: > Limits.Notes }) v.Add("notes", $"At most {Limits.Notes} characters are allowed ({request.Notes.Length} given).");
        var link = request.MeetingLink is null ? null : FieldRules.Link(v, "meeting_link", request.MeetingLink) ?? "";
        var location = request.Location is null ? null : FieldRules.Text(v, "location", request.Location, Limits.Location) ?? "";
        var attendees = request.Attendees is null ? null : FieldRules.AttendeeList(v, "attendees", request.Attendees.Values);
        return new EventPatch(date, request.Notes, link, attendees, location);
    }
}
