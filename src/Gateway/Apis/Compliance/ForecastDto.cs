using Segmentation.Compliance.V1;

namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>API.md forecast (SPEC §7); id and savedAt only on a saved forecast.</summary>
public sealed record ForecastDto(
    string ClientName, int Year, int CurrentMonth, int CurrentComplianceScore, int PredictedYearEndScore,
    string PredictedStatus, double ConfidenceScore, double RiskScore, string RiskLevel, IReadOnlyList<string> RiskFactors,
    IReadOnlyList<string> RecommendedActions, IReadOnlyList<string> PriorityEventTypes,
    IReadOnlyList<SuggestedEventDto> SuggestedEvents, int MonthsRemaining, string PredictionDate, string? Id, DateTimeOffset? SavedAt)
{
    public static ForecastDto From(Forecast f) =>
        new(f.ClientName, f.Year, f.CurrentMonth, f.CurrentComplianceScore, f.PredictedYearEndScore,
            f.PredictedStatus, f.ConfidenceScore, f.RiskScore, f.RiskLevel, [.. f.RiskFactors],
            [.. f.RecommendedActions], [.. f.PriorityEventTypes],
            [.. f.SuggestedEvents.Select(SuggestedEventDto.From)], f.MonthsRemaining, f.PredictionDate,
            Wire.Optional(f.Id), Wire.Time(f.SavedAt));
}
