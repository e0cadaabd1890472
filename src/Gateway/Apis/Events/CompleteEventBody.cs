using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>POST /api/events/{id}/complete; completedDate defaults to today, completedBy to the caller.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CompleteEventBody(DateOnly? CompletedDate = null, string? CompletedBy = null);
