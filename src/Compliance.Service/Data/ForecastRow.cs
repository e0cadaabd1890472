namespace Segmentation.Compliance.Data;

/// <summary>One row of segmentation_compliance_scores, as Dapper reads it.</summary>
internal sealed record ForecastRow(
    Guid Id, string ClientName, int Year, int CurrentComplianceScore, int PredictedYearEndScore, string PredictedStatus,
    decimal ConfidenceScore, decimal RiskScore, string RiskLevel, string RiskFactors, string RecommendedActions,
    string PriorityEventTypes, string SuggestedEvents, int MonthsRemaining, DateOnly PredictionDate, DateTimeOffset CreatedAt);
