using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>POST /api/clients/{clientName}/segment-changes.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SegmentChangeBody(string? Segment, DateOnly? EffectiveFrom, string? Notes = null);
