using Segmentation.Compliance.Upstream;

namespace Segmentation.Compliance.Reports;

/// <summary>The portfolio (issue point 2), paged by client name, in a fixed number of round trips
/// whatever the number of clients: one assessment stream and one completed-count stream per page.</summary>
public sealed class PortfolioReader(ComplianceReports reports)
{
    /// <param name="after">The last client of the previous page.</param>
    public async Task<PortfolioPage> PageAsync(AssessmentQuery query, string? status, string? after, int pageSize, CancellationToken ct)
    {
        if (status is null && query.Segment is null && query.ClientNames is null)
            return await UnfilteredPageAsync(query, after, pageSize, ct);

        var remaining = (await reports.AssessAsync(query, ct))
            .Where(a => after is null || string.CompareOrdinal(a.ClientName, after) > 0)
            .OrderBy(a => a.ClientName, StringComparer.Ordinal)
            .ToList();
        if (status is null)
        {
            // A segment filter is known before scoring: count only the page's clients.
            var scores = await reports.ScoreAsync(remaining.Take(pageSize).ToList(), ct);
            return new PortfolioPage(scores, remaining.Count > pageSize);
        }
        // A status is only known after scoring, so score everything left in the one batch call.
        var matching = (await reports.ScoreAsync(remaining, ct)).Where(s => s.OverallStatus == status).ToList();
        return new PortfolioPage(matching.Take(pageSize).ToList(), matching.Count > pageSize);
    }

    /// <summary>Without filters that need the assessment, Requirements assesses the page's clients itself (the next
    /// pageSize + 1 after the last one shown: the extra one says whether there is a next page), so a page costs the
    /// same with 50 clients or 10,000 and needs no client list of its own.</summary>
    private async Task<PortfolioPage> UnfilteredPageAsync(AssessmentQuery query, string? after, int pageSize, CancellationToken ct)
    {
        var assessments = await reports.AssessAsync(query with { After = after, Limit = pageSize + 1 }, ct);
        if (assessments.Count == 0) return new PortfolioPage([], false);
        var scores = await reports.ScoreAsync(assessments.Take(pageSize).ToList(), ct);
        return new PortfolioPage(scores, assessments.Count > pageSize);
    }
}
