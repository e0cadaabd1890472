namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §8: per-CSE workload from real figures only, worst average first.</summary>
public static class WorkloadCalculator
{
    public const string Unassigned = "Unassigned";
    public const string TotalsName = "All CSEs";

    public static IReadOnlyList<CseWorkloadFigures> PerCse(IEnumerable<ClientWorkload> clients) =>
        clients
            .GroupBy(c => CseOf(c.Score.Assessment.Cse), StringComparer.Ordinal)
            .Select(g => Figures(g.Key, g.ToList()))
            .OrderBy(f => f.AverageScore)
            .ThenBy(f => f.CseName, StringComparer.Ordinal)
            .ToList();

    public static CseWorkloadFigures Totals(IEnumerable<ClientWorkload> clients) => Figures(TotalsName, clients.ToList());

    public static string CseOf(string? cse) => string.IsNullOrWhiteSpace(cse) ? Unassigned : cse.Trim();

    private static CseWorkloadFigures Figures(string cse, IReadOnlyList<ClientWorkload> clients)
    {
        var types = clients.SelectMany(c => c.Score.Types).ToList();
        var expected = types.Sum(t => t.Expected);
        var actual = types.Sum(t => Math.Min(t.Actual, t.Expected)); // exceeding one type never fills another
        var scheduled = clients.Sum(c => c.Score.Types.Sum(t => TypeCounts.Of(c.ScheduledAhead, t.Type.EventTypeId)));
        var average = clients.Count == 0 ? 0 : Percent.Round((decimal)clients.Sum(c => c.Score.OverallScore) / clients.Count);
        return new CseWorkloadFigures(
            cse,
            clients.Select(c => c.Score.Assessment.ClientName).Order(StringComparer.Ordinal).ToList(),
            average,
            clients.Count(c => c.Score.OverallStatus == Statuses.Compliant),
            clients.Count(c => c.Score.OverallStatus == Statuses.AtRisk),
            clients.Count(c => c.Score.OverallStatus == Statuses.Critical),
            expected,
            actual,
            types.Sum(t => t.Outstanding),
            scheduled,
            Percent.Of(actual, expected),
            clients.Count(c => Risk.IsHigh(c.Risk)),
            CapacityFigures.Of(clients));
    }
}
