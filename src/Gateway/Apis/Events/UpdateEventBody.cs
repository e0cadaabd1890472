using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>PATCH /api/events/{id}: an absent (or null) field stays as it is; "" clears a text field.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateEventBody(
    DateOnly? EventDate, string? Notes, string? MeetingLink, IReadOnlyList<string?>? Attendees, string? Location);
