namespace Segmentation.Compliance.Scoring;

/// <summary>A date the forecast proposes for one more event of a type behind target (SPEC §7).</summary>
public sealed record SuggestedEvent(
    ExpectedType Type,
    DateOnly Date,
    string Reason,
    string Urgency,
    int ComplianceImpact);
