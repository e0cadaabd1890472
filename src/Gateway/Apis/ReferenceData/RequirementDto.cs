using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.ReferenceData;

public sealed record RequirementDto(
    string Segment, string EventTypeId, string EventCode, string EventName, int RequiredCountPerYear, string PriorityLevel)
{
    public static RequirementDto From(Requirement r) =>
        new(r.Segment, r.EventTypeId, r.EventCode, r.EventName, r.RequiredCountPerYear, r.PriorityLevel);
}
