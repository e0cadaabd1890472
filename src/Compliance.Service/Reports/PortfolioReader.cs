using Segmentation.Compliance.Clients;

namespace Segmentation.Compliance.Reports;

/// <summary>The portfolio (issue point 2), paged by client name. Two round trips per page, whatever
/// the number of clients: one assessment stream, one completed-count stream.</summary>
public sealed class PortfolioReader(ComplianceReports reports)
{
    public async Task<PortfolioPage> PageAsync(AssessmentQuery query, string? status, string? after, int pageSize, CancellationToken ct)
    {
        var remaining = (await reports.AssessAsync(query, ct))
            .Where(a => after is null || string.CompareOrdinal(a.ClientName, after) > 0)
            .OrderBy(a => a.ClientName, StringComparer.Ordinal)
            .ToList();
        if (status is null)
        {
            // Without a status filter the page is known before scoring: count only its clients.
            var scores = await reports.ScoreAsync(remaining.Take(pageSize).ToList(), ct);
            return new PortfolioPage(scores, remaining.Count > pageSize);
        }
        // A status is only known after scoring, so score everything left in the one batch call.
        var matching = (await reports.ScoreAsync(remaining, ct)).Where(s => s.OverallStatus == status).ToList();
        return new PortfolioPage(matching.Take(pageSize).ToList(), matching.Count > pageSize);
    }
}
