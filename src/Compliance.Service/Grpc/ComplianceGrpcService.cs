using Segmentation.Compliance.V1;

namespace Segmentation.Compliance.Grpc;

/// <summary>The gRPC face of Compliance.Service.</summary>
public sealed partial class ComplianceGrpcService : ComplianceService.ComplianceServiceBase
{
}
