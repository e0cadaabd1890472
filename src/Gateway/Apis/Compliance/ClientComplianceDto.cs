using Segmentation.Compliance.V1;

namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>API.md "ClientCompliance" (SPEC §6), event types ordered as the service ordered them.</summary>
public sealed record ClientComplianceDto(
    string ClientName, string Segment, string Cse, int Year, string AsOf, string Deadline, bool HasSegmentChanged,
    int MonthsToDeadline, int OverallScore, string OverallStatus, int CompliantEventTypes, int TotalEventTypes,
    IReadOnlyList<EventTypeComplianceDto> EventTypes)
{
    public static ClientComplianceDto From(ClientCompliance c) =>
        new(c.ClientName, c.Segment, c.Cse, c.Year, c.AsOf, c.Deadline, c.HasSegmentChanged,
            c.MonthsToDeadline, c.OverallScore, c.OverallStatus, c.CompliantEventTypes, c.TotalEventTypes,
            [.. c.EventTypes.Select(EventTypeComplianceDto.From)]);
}
