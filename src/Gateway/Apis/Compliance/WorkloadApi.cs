using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Compliance.V1;
using Segmentation.Gateway.Input;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>GET /api/workload (SPEC §8). A CSE asks for their own line only, so even the totals are
/// made of their own clients.</summary>
public static class WorkloadApi
{
    public static IEndpointRouteBuilder MapWorkloadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/workload", GetWorkload).WithName("GetWorkload").WithTags("Compliance")
            .WithCommonProblems().WithSummary("Open work per CSE (a CSE sees their own line)");
        return app;
    }

    private static async Task<Ok<WorkloadDto>> GetWorkload(
        QueryYear? year, QueryDate? asOf, ClaimsPrincipal user, ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
        var caller = Caller.From(user);
        // A CSE token without a CSE name sees nothing rather than everyone.
        if (!caller.IsAdmin && string.IsNullOrEmpty(caller.Cse)) return TypedResults.Ok(new WorkloadDto([], null));
        var workload = await compliance.GetWorkloadAsync(new GetWorkloadRequest
        {
            Year = year?.Value ?? 0,
            AsOf = Wire.Date(asOf?.Value),
            Cse = caller.IsAdmin ? "" : caller.Cse!,
        }, cancellationToken: ct);
        return TypedResults.Ok(new WorkloadDto(
            [.. workload.Ceses.Where(w => caller.CanSee(w.CseName)).Select(CseWorkloadDto.From)],
            workload.Totals is null ? null : CseWorkloadDto.From(workload.Totals)));
    }
}
