namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §6: per-type and overall compliance from an assessment and completed-event counts.</summary>
public static class ComplianceCalculator
{
    /// <param name="completedByType">Completed events per event type id inside
    /// <see cref="ClientAssessment.CompletedWindow"/>; counts of types not assessed (excluded or not
    /// required) are ignored.</param>
    public static ClientScore Score(ClientAssessment assessment, IReadOnlyDictionary<string, int> completedByType)
    {
        var types = assessment.Expected
            .Where(e => e.Expected > 0) // a required count of 0 means "not required"
            .Select(e => Assess(e, TypeCounts.Of(completedByType, e.EventTypeId)))
            .OrderBy(t => t, TypeOrder.ForCompliance)
            .ToList();
        var compliant = types.Count(t => t.IsMet);
        var overall = types.Count == 0 ? 0 : Percent.Of(compliant, types.Count);
        return new ClientScore(assessment, types, compliant, overall, Statuses.ForScore(overall));
    }

    private static TypeCompliance Assess(ExpectedType type, int actual)
    {
        var percentage = Percent.Of(actual, type.Expected);
        return new TypeCompliance(type, actual, percentage, Statuses.ForType(percentage));
    }
}
