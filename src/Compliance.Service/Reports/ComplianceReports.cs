using Segmentation.Compliance.Clients;
using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Reports;

/// <summary>Fetches what the scoring rules need from the other two services, always fresh (no cache:
/// a result can never trail a committed write), and applies the rules. Whatever the number of
/// clients, one assessment stream and one or two count streams.</summary>
public sealed class ComplianceReports(AssessmentReader assessments, EventCountReader counts)
{
    public async Task<ClientScore> ClientAsync(string clientName, int year, DateOnly asOf, CancellationToken ct)
    {
        var assessment = await assessments.GetAsync(clientName, year, asOf, ct);
        return ComplianceCalculator.Score(assessment, await counts.CompletedAsync(assessment, ct));
    }

    public Task<List<ClientAssessment>> AssessAsync(AssessmentQuery query, CancellationToken ct) => assessments.ListAsync(query, ct);

    public async Task<List<ClientScore>> ScoreAsync(IReadOnlyCollection<ClientAssessment> clients, CancellationToken ct)
    {
        var completed = await counts.CompletedAsync(clients, ct);
        return clients.Select(a => ComplianceCalculator.Score(a, CountsOf(completed, a))).ToList();
    }

    public async Task<ForecastResult> ForecastAsync(string clientName, int year, DateOnly asOf, CancellationToken ct)
    {
        var assessment = await assessments.GetAsync(clientName, year, asOf, ct);
        var completed = counts.CompletedAsync(assessment, ct);
        var scheduled = counts.ScheduledAsync([assessment], ct);
        var score = ComplianceCalculator.Score(assessment, await completed);
        return ForecastCalculator.Forecast(score, CountsOf(await scheduled, assessment));
    }

    public async Task<List<ClientWorkload>> WorkloadAsync(AssessmentQuery query, CancellationToken ct)
    {
        var clients = await assessments.ListAsync(query, ct);
        var completed = counts.CompletedAsync(clients, ct);
        var scheduled = counts.ScheduledAsync(clients, ct);
        var (done, planned) = (await completed, await scheduled);
        return clients
            .Select(a => ClientWorkload.From(ComplianceCalculator.Score(a, CountsOf(done, a)), CountsOf(planned, a)))
            .ToList();
    }

    private static IReadOnlyDictionary<string, int> CountsOf(
        Dictionary<string, IReadOnlyDictionary<string, int>> byClient, ClientAssessment assessment) =>
        byClient.GetValueOrDefault(assessment.ClientName) ?? EventCountReader.Empty;
}
