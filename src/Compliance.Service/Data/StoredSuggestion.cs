namespace Segmentation.Compliance.Data;

/// <summary>The JSON shape of one suggested event in segmentation_compliance_scores.suggested_events
/// (camelCase, like the REST contract, so the column reads naturally in SQL too).</summary>
public sealed record StoredSuggestion(
    string EventTypeId, string EventCode, string EventName, string SuggestedDate, string Reason, string Urgency,
    int ComplianceImpact, string Priority);
