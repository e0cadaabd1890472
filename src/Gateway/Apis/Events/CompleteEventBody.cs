using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>POST /api/events/{id}/complete; completedDate defaults to today. Who completed it is the
/// verified caller, never a field of the body; requestId makes a retry safe.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CompleteEventBody(DateOnly? CompletedDate = null, string? RequestId = null);
