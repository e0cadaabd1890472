using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.ReferenceData;

/// <summary>PUT /api/requirements/{segment}/{eventCode}. The count is a required member of the body
/// (REST shape: an absent count must not silently become 0, "not required", and proto3 cannot tell
/// absent from 0); the level and both ranges are checked by Requirements.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateRequirementBody([property: JsonRequired] int RequiredCountPerYear, string? PriorityLevel);
