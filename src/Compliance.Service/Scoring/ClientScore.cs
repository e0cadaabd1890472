namespace Segmentation.Compliance.Scoring;

/// <summary>A client's compliance for a year (SPEC §6); <see cref="Types"/> in display order.</summary>
public sealed record ClientScore(
    ClientAssessment Assessment,
    IReadOnlyList<TypeCompliance> Types,
    int CompliantTypes,
    int OverallScore,
    string OverallStatus)
{
    public int TotalTypes => Types.Count;
}
