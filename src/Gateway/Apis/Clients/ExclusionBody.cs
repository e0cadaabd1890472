using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>PUT /api/clients/{clientName}/exclusions/{eventCode}.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ExclusionBody(string? Reason);
