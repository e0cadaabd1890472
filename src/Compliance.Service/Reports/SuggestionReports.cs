using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.Upstream;

namespace Segmentation.Compliance.Reports;

/// <summary>The forecast's suggested dates of many clients at once (the agenda): one assessment stream, then the
/// completed and scheduled counts in parallel, whatever the number of clients.</summary>
public sealed class SuggestionReports(AssessmentReader assessments, EventCountReader counts)
{
    public async Task<(List<ClientAssessment> Clients, List<(string ClientName, SuggestedEvent Suggestion)> Suggestions)> ListAsync(
        AssessmentQuery query, CancellationToken ct)
    {
        var clients = await assessments.ListAsync(query, ct);
        var completed = counts.CompletedAsync(clients, ct);
        var scheduled = counts.ScheduledAsync(clients, ct);
        var (done, planned) = (await completed, await scheduled);
        var suggestions = clients
            .SelectMany(a => ForecastCalculator.Forecast(
                    ComplianceCalculator.Score(a, done.GetValueOrDefault(a.ClientName) ?? EventCountReader.Empty),
                    planned.GetValueOrDefault(a.ClientName) ?? EventCountReader.Empty)
                .SuggestedEvents.Select(s => (a.ClientName, s)))
            .OrderBy(p => p.s.Date).ThenBy(p => p.ClientName, StringComparer.Ordinal)
            .ToList();
        return (clients, suggestions);
    }
}
