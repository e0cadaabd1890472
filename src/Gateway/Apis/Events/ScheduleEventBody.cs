using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>POST /api/events/schedule: the event type by eventTypeId or eventCode; requestId makes a
/// retry safe (AIP-155: the same id returns the first result and creates nothing). completed = true logs a meeting
/// that already happened, completed on completedDate (default: eventDate).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScheduleEventBody(
    string? ClientName, DateOnly? EventDate, string? EventTypeId = null, string? EventCode = null, string? Notes = null,
    string? MeetingLink = null, IReadOnlyList<string?>? Attendees = null, string? Location = null, string? RequestId = null,
    bool? Completed = null, DateOnly? CompletedDate = null);
