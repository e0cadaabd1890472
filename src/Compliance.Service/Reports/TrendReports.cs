using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.Upstream;

namespace Segmentation.Compliance.Reports;

/// <summary>Compliance as of each month end of a year's window (and as of the asked day): one assessment stream per
/// point (Requirements answers one as-of date a call), all in parallel, then one count stream for every point's windows
/// together. The cost grows with the months (at most 19 points), never with the clients.</summary>
public sealed class TrendReports(AssessmentReader assessments, WindowCountReader counts)
{
    public async Task<List<(DateOnly AsOf, List<ClientScore> Scores)>> TrendAsync(AssessmentQuery query, CancellationToken ct)
    {
        var yearStart = new DateOnly(query.Year, 1, 1);
        if (query.AsOf < yearStart) return [];
        var latest = await assessments.ListAsync(query, ct);
        // No visible client: the same points, all empty, without asking again.
        var deadline = latest.Count == 0 ? new DateOnly(query.Year, 12, 31) : latest.Max(a => a.Deadline);
        var end = Earlier(query.AsOf, deadline);
        var points = MonthEnds(yearStart, end).ToList();
        if (points.Count == 0 || points[^1] != end) points.Add(end);
        var assessed = await Task.WhenAll(points.Select(async p =>
            (AsOf: p, Clients: p == query.AsOf || latest.Count == 0 ? latest : await assessments.ListAsync(query with { AsOf = p }, ct))));
        var completed = await counts.CompletedAsync(assessed.SelectMany(a => a.Clients), ct);
        return [.. assessed.Select(a => (a.AsOf, a.Clients.Select(c => Score(c, completed)).ToList()))];
    }

    private static ClientScore Score(
        ClientAssessment assessment, Dictionary<(string Client, DateOnly Start, DateOnly End), IReadOnlyDictionary<string, int>> completed)
    {
        var (client, range) = WindowCountReader.Window(assessment);
        return ComplianceCalculator.Score(assessment, completed.GetValueOrDefault((client, range.Start, range.End)) ?? EventCountReader.Empty);
    }

    private static IEnumerable<DateOnly> MonthEnds(DateOnly from, DateOnly through)
    {
        for (var month = from; ; month = month.AddMonths(1))
        {
            var end = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
            if (end > through) yield break;
            yield return end;
        }
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
