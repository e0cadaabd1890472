using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.V1;

namespace Segmentation.Compliance.Grpc;

/// <summary>Workload figures → proto messages.</summary>
internal static class WorkloadMessages
{
    public static CseWorkload ToMessage(this CseWorkloadFigures w)
    {
        var message = new CseWorkload
        {
            CseName = w.CseName,
            TotalClients = w.TotalClients,
            AvgComplianceScore = w.AverageScore,
            CompliantClients = w.CompliantClients,
            AtRiskClients = w.AtRiskClients,
            CriticalClients = w.CriticalClients,
            TotalExpectedEvents = w.TotalExpected,
            TotalActualEvents = w.TotalActual,
            OutstandingEvents = w.Outstanding,
            ScheduledEvents = w.Scheduled,
            CompletionRate = w.CompletionRate,
            HighRiskClients = w.HighRiskClients,
            Capacity = new Capacity
            {
                OutstandingRequired = w.Capacity.OutstandingRequired,
                MonthsLeft = w.Capacity.MonthsLeft,
                RecentPacePerMonth = (double)w.Capacity.RecentPacePerMonth,
                NeededPacePerMonth = (double)w.Capacity.NeededPacePerMonth,
                Overloaded = w.Capacity.Overloaded,
            },
        };
        message.ClientNames.Add(w.ClientNames);
        return message;
    }
}
