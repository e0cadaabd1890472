using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.ReferenceData;

/// <summary>PUT /api/requirements/{segment}/{eventCode}. Both fields are required: an absent count
/// must not silently become 0 ("not required").</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateRequirementBody(int? RequiredCountPerYear, string? PriorityLevel);
