namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §8 figures of one CSE (or of everyone, for the totals row).</summary>
public sealed record CseWorkloadFigures(
    string CseName,
    IReadOnlyList<string> ClientNames,
    int AverageScore,
    int CompliantClients,
    int AtRiskClients,
    int CriticalClients,
    int TotalExpected,
    int TotalActual,
    int Outstanding,
    int Scheduled,
    int CompletionRate,
    int HighRiskClients,
    CapacityFigures Capacity)
{
    public int TotalClients => ClientNames.Count;
}
