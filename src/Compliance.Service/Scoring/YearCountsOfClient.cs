namespace Segmentation.Compliance.Scoring;

/// <summary>A client's counts for both deadlines a year can have (SPEC §5): Dec 31, or Jun 30 of the next year after a
/// segment change. The assessment's deadline picks one.</summary>
public sealed record YearCountsOfClient(string ClientName, WindowCountsByType YearEnd, WindowCountsByType Extended)
{
    public WindowCountsByType For(ClientAssessment assessment) =>
        assessment.Deadline == new DateOnly(assessment.Year, 12, 31) ? YearEnd : Extended;
}
