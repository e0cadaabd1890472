using Segmentation.Compliance.V1;

namespace Segmentation.Gateway.Apis.Compliance;

public sealed record SuggestedEventDto(
    string EventTypeId, string EventCode, string EventName, string SuggestedDate, string Reason, string Urgency, int ComplianceImpact)
{
    public static SuggestedEventDto From(SuggestedEvent s) =>
        new(s.EventTypeId, s.EventCode, s.EventName, s.SuggestedDate, s.Reason, s.Urgency, s.ComplianceImpact);
}
