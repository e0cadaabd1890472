using Segmentation.Compliance.Upstream;

namespace Segmentation.Compliance.Reports;

/// <summary>The portfolio (issue point 2), paged by client name, in a fixed number of round trips
/// whatever the number of clients: at most one client-list page, one assessment stream and one
/// completed-count stream per page.</summary>
public sealed class PortfolioReader(ComplianceReports reports, ClientDirectory directory)
{
    /// <param name="after">The last client of the previous page (filtered listings).</param>
    /// <param name="clientListToken">Requirements' page token (unfiltered listings).</param>
    public async Task<PortfolioPage> PageAsync(AssessmentQuery query, string? status, string? after, string? clientListToken,
        int pageSize, CancellationToken ct)
    {
        if (status is null && query.Segment is null && query.ClientNames is null)
            return await UnfilteredPageAsync(query, clientListToken, pageSize, ct);

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

    /// <summary>Without filters that need the assessment, the page's clients come from Requirements'
    /// paged client list, so a page costs the same with 50 clients or 10,000.</summary>
    private async Task<PortfolioPage> UnfilteredPageAsync(AssessmentQuery query, string? clientListToken, int pageSize, CancellationToken ct)
    {
        var (names, next) = await directory.ListPageAsync(query.Cse, pageSize, clientListToken, ct);
        if (names.Count == 0) return new PortfolioPage([], false);
        var order = names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var assessments = (await reports.AssessAsync(query with { ClientNames = names }, ct))
            .OrderBy(a => order.GetValueOrDefault(a.ClientName, int.MaxValue))
            .ToList();
        var scores = await reports.ScoreAsync(assessments, ct);
        return new PortfolioPage(scores, next.Length > 0, next);
    }
}
