using Grpc.Core;
using Segmentation.Compliance.Reports;
using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.Upstream;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Grpc;

/// <summary>ComplianceService: workload per CSE (SPEC §8).</summary>
public sealed class WorkloadGrpcService(ComplianceReports reports, BusinessClock clock) : ComplianceService.ComplianceServiceBase
{
    /// <summary>Issue point 4: SPEC §8 per CSE (a CSE caller only gets own clients from Requirements).</summary>
    public override async Task<Workload> GetWorkload(GetWorkloadRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var (year, asOf) = validation.YearAndAsOf(clock.Today(), request.Year, request.AsOf);
        validation.ThrowIfInvalid();

        var query = new AssessmentQuery(year, asOf, Cse: RequestFields.Optional(request.Cse));
        var clients = await reports.WorkloadAsync(query, context.CancellationToken);
        var workload = new Workload { Totals = WorkloadCalculator.Totals(clients).ToMessage() };
        workload.Ceses.Add(WorkloadCalculator.PerCse(clients).Select(c => c.ToMessage()));
        return workload;
    }
}
