namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §7 forecast of one client and year at asOf; scores already rounded to 2 decimals.</summary>
public sealed record ForecastResult(
    string ClientName,
    int Year,
    int CurrentMonth,
    int CurrentScore,
    int PredictedScore,
    string PredictedStatus,
    decimal Confidence,
    decimal Risk,
    string RiskLevel,
    IReadOnlyList<string> RiskFactors,
    IReadOnlyList<string> RecommendedActions,
    IReadOnlyList<string> PriorityEventTypes,
    IReadOnlyList<SuggestedEvent> SuggestedEvents,
    int MonthsRemaining,
    DateOnly PredictionDate);
