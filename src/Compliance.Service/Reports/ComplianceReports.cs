using Segmentation.Compliance.Upstream;
using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Reports;

/// <summary>Fetches what the scoring rules need from the other two services, always fresh (no cache:
/// a result can never trail a committed write), and applies the rules. One client: the assessment (which
/// decides the user's access) and the year's counts in parallel. Many clients: one assessment stream and
/// one or two count streams, whatever their number.</summary>
public sealed class ComplianceReports(AssessmentReader assessments, EventCountReader counts, YearCountReader yearCounts)
{
    public async Task<ClientScore> ClientAsync(string clientName, int year, DateOnly asOf, CancellationToken ct)
    {
        var (assessment, counts) = await AssessWithCountsAsync(clientName, year, asOf, ct);
        return ComplianceCalculator.Score(assessment, counts.For(assessment).Completed);
    }

    /// <summary>Requirements (with the user's token: it decides access) and Events (as the service) at once. The
    /// counts are used only after the assessment let the user see the client; when the name was an alias,
    /// events are stored under the canonical name the assessment gives, so they are counted once more by it.</summary>
    private async Task<(ClientAssessment, YearCountsOfClient)> AssessWithCountsAsync(string clientName, int year, DateOnly asOf, CancellationToken ct)
    {
        var requested = clientName.Trim();
        using var counting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var countsCall = yearCounts.GetAsync(requested, year, asOf, counting.Token);
        ClientAssessment assessment;
        try { assessment = await assessments.GetAsync(requested, year, asOf, ct); }
        catch
        {
            // Refused or failed: the counts will not be used, so stop Events' query instead of letting it run on.
            await counting.CancelAsync();
            try { await countsCall; } catch { /* the assessment's failure is the answer */ }
            throw;
        }
        var counts = await countsCall;
        return assessment.ClientName == requested
            ? (assessment, counts)
            : (assessment, await yearCounts.GetAsync(assessment.ClientName, year, asOf, ct));
    }

    public Task<List<ClientAssessment>> AssessAsync(AssessmentQuery query, CancellationToken ct) => assessments.ListAsync(query, ct);

    public async Task<List<ClientScore>> ScoreAsync(IReadOnlyCollection<ClientAssessment> clients, CancellationToken ct)
    {
        var completed = await counts.CompletedAsync(clients, ct);
        return clients.Select(a => ComplianceCalculator.Score(a, CountsOf(completed, a))).ToList();
    }

    public async Task<ForecastResult> ForecastAsync(string clientName, int year, DateOnly asOf, CancellationToken ct)
    {
        var (assessment, counts) = await AssessWithCountsAsync(clientName, year, asOf, ct);
        var window = counts.For(assessment);
        return ForecastCalculator.Forecast(ComplianceCalculator.Score(assessment, window.Completed), window.Scheduled);
    }

    public async Task<List<ClientWorkload>> WorkloadAsync(AssessmentQuery query, CancellationToken ct)
    {
        var clients = await assessments.ListAsync(query, ct);
        var completed = counts.CompletedAsync(clients, ct);
        var scheduled = counts.ScheduledAsync(clients, ct);
        var recent = counts.RecentCompletedAsync(clients, ct);
        var (done, planned, lately) = (await completed, await scheduled, await recent);
        return clients
            .Select(a => ClientWorkload.From(ComplianceCalculator.Score(a, CountsOf(done, a)), CountsOf(planned, a),
                CountsOf(lately, a).Values.Sum()))
            .ToList();
    }

    private static IReadOnlyDictionary<string, int> CountsOf(
        Dictionary<string, IReadOnlyDictionary<string, int>> byClient, ClientAssessment assessment) =>
        byClient.GetValueOrDefault(assessment.ClientName) ?? EventCountReader.Empty;
}
