using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.Upstream;

namespace Segmentation.Compliance.Reports;

/// <summary>Compliance as of each month end of a year's window (and as of the asked day): per point one
/// assessment stream and one count stream, all points in parallel, so the cost grows with the months
/// (at most 19 points), never with the clients.</summary>
public sealed class TrendReports(AssessmentReader assessments, EventCountReader counts)
{
    public async Task<List<(DateOnly AsOf, List<ClientScore> Scores)>> TrendAsync(AssessmentQuery query, CancellationToken ct)
    {
        var yearStart = new DateOnly(query.Year, 1, 1);
        if (query.AsOf < yearStart) return [];
        var last = await ScoreAsync(query, ct);
        // No visible client: the same points, all empty, without asking again.
        var deadline = last.Count == 0 ? new DateOnly(query.Year, 12, 31) : last.Max(s => s.Assessment.Deadline);
        var end = Earlier(query.AsOf, deadline);
        var points = MonthEnds(yearStart, end).ToList();
        if (points.Count == 0 || points[^1] != end) points.Add(end);
        var scored = await Task.WhenAll(points.Select(async p =>
            (p, p == query.AsOf || last.Count == 0 ? last : await ScoreAsync(query with { AsOf = p }, ct))));
        return [.. scored];
    }

    private async Task<List<ClientScore>> ScoreAsync(AssessmentQuery query, CancellationToken ct)
    {
        var clients = await assessments.ListAsync(query, ct);
        var completed = await counts.CompletedAsync(clients, ct);
        return [.. clients.Select(a => ComplianceCalculator.Score(a, completed.GetValueOrDefault(a.ClientName) ?? EventCountReader.Empty))];
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
