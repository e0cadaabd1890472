namespace Segmentation.Compliance.Scoring;

/// <summary>Issue 15 capacity of a CSE: what is missing against the time left, and whether the recent pace closes it.</summary>
public sealed record CapacityFigures(int OutstandingRequired, int MonthsLeft, decimal RecentPacePerMonth, decimal NeededPacePerMonth)
{
    /// <summary>The window "recent pace" is measured over (docs/decisions.md, issue 15).</summary>
    public const int RecentDays = 90;

    public bool Overloaded => NeededPacePerMonth > RecentPacePerMonth;

    /// <summary>Needed pace: each client's missing events spread over the months to its own deadline (at least one
    /// month, so a passed deadline asks for everything now). Recent pace: completions in the last 90 days / 3.</summary>
    public static CapacityFigures Of(IReadOnlyCollection<ClientWorkload> clients)
    {
        var open = clients.Select(c => (Missing: c.Score.Types.Sum(t => t.Outstanding), Months: c.Score.Assessment.MonthsToDeadline))
            .Where(c => c.Missing > 0).ToList();
        var needed = open.Sum(c => (decimal)c.Missing / Math.Max(1, c.Months));
        var recent = clients.Sum(c => c.RecentCompleted) / (RecentDays / 30m);
        return new CapacityFigures(open.Sum(c => c.Missing), open.Count == 0 ? 0 : open.Max(c => c.Months),
            Percent.TwoDecimals(recent), Percent.TwoDecimals(needed));
    }
}
