using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Requirements.Domain;

/// <summary>The SPEC §5 computation: pure, so one client and ten thousand share the same rules.</summary>
public static class Assessor
{
    /// <param name="history">All of the client's periods, any order.</param>
    /// <param name="currentSegment">nps_clients.segment: the only period when there is no history.</param>
    /// <param name="excludedEventTypeIds">Event types removed from this client's assessment.</param>
    public static AssessmentResult Assess(
        IReadOnlyList<Period> history, string? currentSegment, RequirementMatrix matrix,
        IReadOnlySet<string> excludedEventTypeIds, int year, DateOnly asOf)
    {
        var start = new DateOnly(year, 1, 1);
        var end = Deadlines.Original(year);
        var ordered = history.OrderBy(p => p.From).ToList();
        var periods = PeriodsOf(ordered, currentSegment, start, end);
        var change = LastChangeIn(ordered, start, end);
        var deadline = Deadlines.For(year, change is not null);
        return new AssessmentResult(
            year, asOf, periods,
            HasChanged: change is not null,
            ChangeDate: change?.Period.From,
            PreviousSegment: change?.Previous,
            CurrentSegment: periods.Count > 0 ? periods[^1].Segment : currentSegment ?? "",
            OriginalDeadline: end,
            Deadline: deadline,
            WindowStart: start,
            WindowEnd: deadline,
            MonthsToDeadline: Deadlines.MonthsTo(deadline, asOf),
            Expected: ExpectedCounts(periods.Select(p => p.Segment).Distinct(), matrix, excludedEventTypeIds));
    }

    private static List<Period> PeriodsOf(List<Period> ordered, string? currentSegment, DateOnly start, DateOnly end)
    {
        if (ordered.Count > 0) return ordered.Where(p => p.Overlaps(start, end)).ToList();
        return currentSegment is { Length: > 0 } segment ? [new Period(segment, start, null, "Current segment (no history)")] : [];
    }

    /// <summary>The latest period starting inside the year whose segment differs from the one before it;
    /// a re-assessment into the same segment is not a change.</summary>
    private static (Period Period, string Previous)? LastChangeIn(List<Period> ordered, DateOnly start, DateOnly end)
    {
        for (var i = ordered.Count - 1; i >= 1; i--)
        {
            var period = ordered[i];
            if (period.From < start || period.From > end) continue;
            if (!string.Equals(period.Segment, ordered[i - 1].Segment, StringComparison.Ordinal)) return (period, ordered[i - 1].Segment);
        }
        return null;
    }

    /// <summary>MAX of the required count over the year's segments; priority = the highest among the
    /// segments that require the type; 0-count and excluded types are left out.</summary>
    private static IReadOnlyList<ExpectedCount> ExpectedCounts(
        IEnumerable<string> segments, RequirementMatrix matrix, IReadOnlySet<string> excluded) =>
        segments
            .SelectMany(matrix.For)
            .Where(c => c.Count > 0 && !excluded.Contains(c.EventTypeId))
            .GroupBy(c => c.EventTypeId, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                var priority = g.MinBy(c => PriorityLevels.Rank(c.Priority))!.Priority;
                return new ExpectedCount(first.EventTypeId, first.EventCode, first.EventName, g.Max(c => c.Count), priority);
            })
            .OrderBy(e => e.EventCode, StringComparer.Ordinal)
            .ToList();
}
