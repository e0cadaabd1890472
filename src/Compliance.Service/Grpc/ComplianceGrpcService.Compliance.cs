using Grpc.Core;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Compliance.Grpc;

public sealed partial class ComplianceGrpcService
{
    /// <summary>Issue point 1: one client's compliance, computed from its events at call time.</summary>
    public override async Task<ClientCompliance> GetClientCompliance(GetClientComplianceRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var name = validation.ClientName(request.ClientName);
        var (year, asOf) = YearAndAsOf(validation, request.Year, request.AsOf);
        validation.ThrowIfInvalid();

        var score = await reports.ClientAsync(name, year, asOf, context.CancellationToken);
        return score.ToMessage(withEventTypes: true);
    }
}
