using Grpc.Core;
using Segmentation.Compliance.Clients;
using Segmentation.Compliance.Data;
using Segmentation.Compliance.Live;
using Segmentation.Compliance.Reports;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Grpc;

/// <summary>The gRPC face of Compliance.Service: validation and message mapping only; the figures
/// come from <see cref="ComplianceReports"/> and the rules in Scoring/.</summary>
public sealed partial class ComplianceGrpcService(
    ComplianceReports reports,
    PortfolioReader portfolio,
    ForecastHistory history,
    ClientDirectory directory,
    ComplianceWatch watch,
    BusinessClock clock,
    PageTokenCodec pageTokens) : ComplianceService.ComplianceServiceBase
{
    private (int Year, DateOnly AsOf) YearAndAsOf(Validation validation, int year, string asOf)
    {
        var today = clock.Today();
        return (validation.Year(year, today), validation.AsOf(asOf, today));
    }

    private static Caller CallerOf(ServerCallContext context) => Caller.From(context.GetHttpContext().User);
}
