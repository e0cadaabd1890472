using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Scoring;

/// <summary>Recommended actions. SPEC §7 fixes only the text at 100 %; the rest is ours
/// (docs/decisions.md): short, deterministic, built from the same figures as the forecast.</summary>
public static class Recommendations
{
    public const string Achieved = "Compliance achieved - maintain current engagement levels";

    public static IReadOnlyList<string> For(
        ClientScore score, IReadOnlyList<TypeCompliance> priorityTypes, IReadOnlyDictionary<string, int> scheduledAhead)
    {
        var assessment = score.Assessment;
        var deadline = assessment.Deadline.ToString("yyyy-MM-dd");
        if (score.TotalTypes == 0)
            return [$"No event types are assessed for {assessment.Year} - check the client's segment and exclusions"];
        var behind = score.Types.Where(t => !t.IsMet).ToList();
        if (assessment.DeadlinePassed)
            return [$"Deadline {deadline} has passed - review the {behind.Count} event type(s) below target with the client"];

        var actions = new List<string>();
        var critical = priorityTypes.Where(t => t.Type.Priority == PriorityLevels.Critical).Select(t => t.Type.Code).ToList();
        if (critical.Count > 0) actions.Add($"Prioritise critical event types: {string.Join(", ", critical)}");
        var scheduled = behind.Sum(t => Math.Min(t.Outstanding, TypeCounts.Of(scheduledAhead, t.Type.EventTypeId)));
        var unscheduled = behind.Sum(t => t.Outstanding) - scheduled;
        if (unscheduled > 0) actions.Add($"Schedule {unscheduled} more event(s) before {deadline} to close the remaining gaps");
        if (scheduled > 0) actions.Add($"Complete the {scheduled} event(s) already scheduled before {deadline}");
        if (assessment.HasSegmentChanged)
            actions.Add($"Segment changed in {assessment.Year} - events until {deadline} still count towards this year");
        return actions;
    }
}
