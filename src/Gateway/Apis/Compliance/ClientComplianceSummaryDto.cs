using Segmentation.Compliance.V1;

namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>A row of the portfolio: ClientCompliance without eventTypes.</summary>
public sealed record ClientComplianceSummaryDto(
    string ClientName, string Segment, string Cse, int Year, string AsOf, string Deadline, bool HasSegmentChanged,
    int MonthsToDeadline, int OverallScore, string OverallStatus, int CompliantEventTypes, int TotalEventTypes)
{
    public static ClientComplianceSummaryDto From(ClientCompliance c) =>
        new(c.ClientName, c.Segment, c.Cse, c.Year, c.AsOf, c.Deadline, c.HasSegmentChanged,
            c.MonthsToDeadline, c.OverallScore, c.OverallStatus, c.CompliantEventTypes, c.TotalEventTypes);
}
