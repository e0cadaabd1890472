using Segmentation.Compliance.V1;

namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>SPEC §8 for one CSE (or, as totals, for everyone listed).</summary>
public sealed record CseWorkloadDto(
    string CseName, int TotalClients, IReadOnlyList<string> ClientNames, int AvgComplianceScore,
    int CompliantClients, int AtRiskClients, int CriticalClients, int TotalExpectedEvents, int TotalActualEvents,
    int OutstandingEvents, int ScheduledEvents, int CompletionRate, int HighRiskClients, CapacityDto? Capacity)
{
    public static CseWorkloadDto From(CseWorkload w) =>
        new(w.CseName, w.TotalClients, [.. w.ClientNames], w.AvgComplianceScore,
            w.CompliantClients, w.AtRiskClients, w.CriticalClients, w.TotalExpectedEvents, w.TotalActualEvents,
            w.OutstandingEvents, w.ScheduledEvents, w.CompletionRate, w.HighRiskClients, CapacityDto.From(w.Capacity));
}
