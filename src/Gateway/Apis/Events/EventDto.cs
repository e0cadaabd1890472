using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>API.md "Event". Optional text a service stores as empty is JSON null here.</summary>
public sealed record EventDto(
    string Id, string ClientName, string EventTypeId, string EventCode, string EventName,
    string EventDate, int EventYear, int EventMonth, bool Completed, string? CompletedDate, string? CompletedBy,
    string? Notes, string? MeetingLink, IReadOnlyList<string> Attendees, string? Location, string Source,
    string? CreatedBy, DateTimeOffset? CreatedAt, DateTimeOffset? UpdatedAt)
{
    public static EventDto From(Event e) =>
        new(e.Id, e.ClientName, e.EventTypeId, e.EventCode, e.EventName,
            e.EventDate, e.EventYear, e.EventMonth, e.Completed, Wire.Optional(e.CompletedDate), Wire.Optional(e.CompletedBy),
            Wire.Optional(e.Notes), Wire.Optional(e.MeetingLink), [.. e.Attendees], Wire.Optional(e.Location), e.Source,
            Wire.Optional(e.CreatedBy), Wire.Time(e.CreatedAt), Wire.Time(e.UpdatedAt));
}
