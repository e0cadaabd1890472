using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Compliance.V1;
using Segmentation.Gateway.Input;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>Compliance over the year: a client's score at each month end of its window up to today, and the portfolio's
/// status counts. Compliance scopes both to the caller's clients (another CSE's client is 404); one call from here.</summary>
public static class TrendApi
{
    public static IEndpointRouteBuilder MapTrendApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/compliance").WithTags("Compliance").WithCommonProblems();
        // A literal segment outranks {clientName}, so "trend" here is never read as a client name.
        api.MapGet("/trend", GetPortfolioTrend).WithName("GetPortfolioTrend")
            .WithSummary("Visible clients per overall status at each month end of the year");
        api.MapGet("/{clientName}/trend", GetClientTrend).WithName("GetClientTrend").MayAnswer(404)
            .WithSummary("A client's overall score at each month end of its window, up to today");
        return app;
    }

    private static async Task<Ok<ClientTrendDto>> GetClientTrend(
        string clientName, QueryYear? year, BusinessClock clock, ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
        var trend = await compliance.GetTrendAsync(
            new GetTrendRequest { ClientName = Wire.RouteName(clientName), Year = year?.Value ?? 0 }, cancellationToken: ct);
        return TypedResults.Ok(new ClientTrendDto(Wire.RouteName(clientName), year?.Value ?? clock.Today().Year,
            [.. trend.Points.Select(p => new ClientTrendPointDto(p.AsOf, p.OverallScore, p.OverallStatus))]));
    }

    private static async Task<Ok<PortfolioTrendDto>> GetPortfolioTrend(
        QueryYear? year, string? cse, string? segment, BusinessClock clock, ComplianceService.ComplianceServiceClient compliance,
        CancellationToken ct)
    {
        var trend = await compliance.GetTrendAsync(
            new GetTrendRequest { Year = year?.Value ?? 0, Cse = Wire.Text(cse), Segment = Wire.Text(segment) }, cancellationToken: ct);
        return TypedResults.Ok(new PortfolioTrendDto(year?.Value ?? clock.Today().Year,
            [.. trend.Points.Select(p => new PortfolioTrendPointDto(p.AsOf, p.Compliant, p.AtRisk, p.Critical))]));
    }
}
