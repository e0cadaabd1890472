using Segmentation.ServiceDefaults.Text;
using Google.Protobuf.WellKnownTypes;
using Segmentation.Compliance.Data;
using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.V1;

namespace Segmentation.Compliance.Grpc;

/// <summary>Forecasts (computed or saved) → proto messages.</summary>
internal static class ForecastMessages
{
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
            PredictionDate = CalendarDates.Format(f.PredictionDate),
        };
        message.RiskFactors.Add(f.RiskFactors);
        message.RecommendedActions.Add(f.RecommendedActions);
        message.PriorityEventTypes.Add(f.PriorityEventTypes);
        message.SuggestedEvents.Add(f.SuggestedEvents.Select(s => new V1.SuggestedEvent
        {
            EventTypeId = s.Type.EventTypeId,
            EventCode = s.Type.Code,
            EventName = s.Type.Name,
            SuggestedDate = CalendarDates.Format(s.Date),
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
}
