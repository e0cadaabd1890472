using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>PATCH /api/events/{id}: an absent (or null) field stays as it is; "" clears a text field.
/// requestId makes a retry safe.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateEventBody(
    DateOnly? EventDate = null, string? Notes = null, string? MeetingLink = null, IReadOnlyList<string?>? Attendees = null,
    string? Location = null, string? RequestId = null);
