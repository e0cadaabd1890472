using Grpc.Core;
using Segmentation.Compliance.Reports;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Grpc;

/// <summary>ComplianceService: one client's compliance.</summary>
public sealed class ClientComplianceGrpcService(ComplianceReports reports, BusinessClock clock) : ComplianceService.ComplianceServiceBase
{
    /// <summary>Issue point 1: one client's compliance, computed from its events at call time.</summary>
    public override async Task<ClientCompliance> GetClientCompliance(GetClientComplianceRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var name = validation.ClientName(request.ClientName);
        var (year, asOf) = validation.YearAndAsOf(clock.Today(), request.Year, request.AsOf);
        validation.ThrowIfInvalid();

        var score = await reports.ClientAsync(name, year, asOf, context.CancellationToken);
        return score.ToMessage(withEventTypes: true);
    }
}
