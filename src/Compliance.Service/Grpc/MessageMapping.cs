using Google.Protobuf.WellKnownTypes;
using Segmentation.Compliance.Data;
using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.V1;

namespace Segmentation.Compliance.Grpc;

/// <summary>Scoring records → Compliance proto messages.</summary>
internal static class MessageMapping
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
            AsOf = a.AsOf.ToText(),
            Deadline = a.Deadline.ToText(),
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

    public static Forecast ToMessage(this ForecastResult f)
    {
        var message = new Forecast
        {
            ClientName = f.ClientName,
            Year = f.Year,
            CurrentMonth = f.CurrentMonth,
            CurrentComplianceScore = f.CurrentScore,
            PredictedYearEndScore = f.PredictedScore,
            PredictedStatus = f.PredictedStatus,
            ConfidenceScore = (double)f.Confidence,
            RiskScore = (double)f.Risk,
            RiskLevel = f.RiskLevel,
            MonthsRemaining = f.MonthsRemaining,
            PredictionDate = f.PredictionDate.ToText(),
        };
        message.RiskFactors.Add(f.RiskFactors);
        message.RecommendedActions.Add(f.RecommendedActions);
        message.PriorityEventTypes.Add(f.PriorityEventTypes);
        message.SuggestedEvents.Add(f.SuggestedEvents.Select(s => new V1.SuggestedEvent
        {
            EventTypeId = s.Type.EventTypeId,
            EventCode = s.Type.Code,
            EventName = s.Type.Name,
            SuggestedDate = s.Date.ToText(),
            Reason = s.Reason,
            Urgency = s.Urgency,
            ComplianceImpact = s.ComplianceImpact,
        }));
        return message;
    }

    public static Forecast ToMessage(this SavedForecast saved)
    {
        var message = saved.Forecast.ToMessage();
        message.Id = saved.Id.ToString();
        message.SavedAt = Timestamp.FromDateTimeOffset(saved.SavedAt);
        return message;
    }

    public static CseWorkload ToMessage(this CseWorkloadFigures w)
    {
        var message = new CseWorkload
        {
            CseName = w.CseName,
            TotalClients = w.TotalClients,
            AvgComplianceScore = w.AverageScore,
            CompliantClients = w.CompliantClients,
            AtRiskClients = w.AtRiskClients,
            CriticalClients = w.CriticalClients,
            TotalExpectedEvents = w.TotalExpected,
            TotalActualEvents = w.TotalActual,
            OutstandingEvents = w.Outstanding,
            ScheduledEvents = w.Scheduled,
            CompletionRate = w.CompletionRate,
            HighRiskClients = w.HighRiskClients,
        };
        message.ClientNames.Add(w.ClientNames);
        return message;
    }
}
