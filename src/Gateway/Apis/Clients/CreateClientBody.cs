using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>POST /api/clients; segmentSince defaults to today (SPEC §4).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateClientBody(string? Name, string? Segment, string? Cse, DateOnly? SegmentSince = null);
