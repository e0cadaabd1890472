using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>POST /api/events/schedule: the event type by eventTypeId or eventCode; requestId makes a
/// retry safe (AIP-155: the same id returns the first result and creates nothing).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScheduleEventBody(
    string? ClientName, string? EventTypeId, string? EventCode, DateOnly? EventDate, string? Notes,
    string? MeetingLink, IReadOnlyList<string?>? Attendees, string? Location, string? RequestId);
