using Segmentation.Compliance.V1;

namespace Segmentation.Gateway.Apis.Compliance;

public sealed record EventTypeComplianceDto(
    string EventTypeId, string EventCode, string EventName, int Expected, int Actual, int Percentage, string Status, string PriorityLevel)
{
    public static EventTypeComplianceDto From(EventTypeCompliance e) =>
        new(e.EventTypeId, e.EventCode, e.EventName, e.Expected, e.Actual, e.Percentage, e.Status, e.PriorityLevel);
}
