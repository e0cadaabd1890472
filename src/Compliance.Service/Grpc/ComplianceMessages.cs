using Segmentation.ServiceDefaults.Text;
using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.V1;

namespace Segmentation.Compliance.Grpc;

/// <summary>Client compliance → proto messages.</summary>
internal static class ComplianceMessages
{
    public static ClientCompliance ToMessage(this ClientScore score, bool withEventTypes)
    {
        var a = score.Assessment;
        var message = new ClientCompliance
        {
            ClientName = a.ClientName,
            Segment = a.Segment,
            Cse = a.Cse,
            Year = a.Year,
            AsOf = CalendarDates.Format(a.AsOf),
            Deadline = CalendarDates.Format(a.Deadline),
            HasSegmentChanged = a.HasSegmentChanged,
            MonthsToDeadline = a.MonthsToDeadline,
            OverallScore = score.OverallScore,
            OverallStatus = score.OverallStatus,
            CompliantEventTypes = score.CompliantTypes,
            TotalEventTypes = score.TotalTypes,
        };
        if (withEventTypes) message.EventTypes.Add(score.Types.Select(ToMessage));
        return message;
    }

    private static EventTypeCompliance ToMessage(TypeCompliance t) => new()
    {
        EventTypeId = t.Type.EventTypeId,
        EventCode = t.Type.Code,
        EventName = t.Type.Name,
        Expected = t.Expected,
        Actual = t.Actual,
        Percentage = t.Percentage,
        Status = t.Status,
        PriorityLevel = t.Type.Priority,
    };
}
