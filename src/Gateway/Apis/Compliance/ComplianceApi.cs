using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Compliance.V1;
using Segmentation.Gateway.Errors;
using Segmentation.Gateway.Input;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>API.md "Compliance": one client, the portfolio, the forecast (and its saved history). The Compliance service scopes a
/// CSE to own clients from the forwarded token; the gateway re-checks each answer's CSE.</summary>
public static class ComplianceApi
{
    public static IEndpointRouteBuilder MapComplianceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/compliance").WithTags("Compliance").WithCommonProblems();
        api.MapGet("", ListPortfolio).WithName("ListPortfolio").WithSummary("Compliance of every visible client (paged)");
        api.MapGet("/{clientName}", GetClientCompliance).WithName("GetClientCompliance")
            .WithSummary("One client's compliance for a year")
            .WithDescription("Per event type: required, completed, percentage and status; overall score and status. The year runs to the client's deadline.");
        api.MapGet("/{clientName}/forecast", GetForecast).WithName("GetForecast").MayAnswer(404)
            .WithSummary("Predicted compliance at the deadline, with suggested events");
        api.MapPost("/{clientName}/forecast", SaveForecast).WithName("SaveForecast").AsWrite().MayAnswer(404)
            .WithSummary("Save today's forecast to the history");
        api.MapGet("/{clientName}/forecast/history", ListForecastHistory).WithName("ListForecastHistory").MayAnswer(404)
            .WithSummary("Saved forecasts of a client (paged)");
        return app;
    }

    private static async Task<Ok<PortfolioDto>> ListPortfolio(
        QueryYear? year, QueryDate? asOf, string? cse, string? segment, string? status, int? pageSize, string? pageToken,
        ClaimsPrincipal user, ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
        var response = await compliance.ListPortfolioAsync(new ListPortfolioRequest
        {
            Year = year?.Value ?? 0,
            AsOf = Wire.Date(asOf?.Value),
            Cse = Wire.Text(cse),
            Segment = Wire.Text(segment),
            Status = Wire.Text(status),
            PageSize = pageSize ?? 0,
            PageToken = Wire.Text(pageToken),
        }, cancellationToken: ct);
        var caller = Caller.From(user);
        return TypedResults.Ok(new PortfolioDto(
            [.. response.Clients.Where(c => caller.CanSee(c.Cse)).Select(ClientComplianceSummaryDto.From)], response.NextPageToken));
    }

    private static async Task<Results<Ok<ClientComplianceDto>, NotFoundProblem>> GetClientCompliance(
        string clientName, QueryYear? year, QueryDate? asOf, HttpContext http, ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
        FieldAliases.Set(http, "as_of", "asOf");
        var result = await compliance.GetClientComplianceAsync(new GetClientComplianceRequest
        {
            ClientName = Wire.RouteName(clientName),
            Year = year?.Value ?? 0,
            AsOf = Wire.Date(asOf?.Value),
        }, cancellationToken: ct);
        return Caller.From(http.User).CanSee(result.Cse) ? TypedResults.Ok(ClientComplianceDto.From(result)) : Hidden.NotFound();
    }

    private static async Task<Ok<ForecastDto>> GetForecast(
        string clientName, QueryYear? year, QueryDate? asOf, ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
        var forecast = await compliance.GetForecastAsync(new GetForecastRequest
        {
            ClientName = Wire.RouteName(clientName),
            Year = year?.Value ?? 0,
            AsOf = Wire.Date(asOf?.Value),
        }, cancellationToken: ct);
        return TypedResults.Ok(ForecastDto.From(forecast));
    }

    private static async Task<Created<ForecastDto>> SaveForecast(
        string clientName, QueryYear? year, QueryDate? asOf, ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
        var saved = await compliance.SaveForecastAsync(new GetForecastRequest
        {
            ClientName = Wire.RouteName(clientName),
            Year = year?.Value ?? 0,
            AsOf = Wire.Date(asOf?.Value),
        }, cancellationToken: ct);
        return TypedResults.Created($"/api/compliance/{Uri.EscapeDataString(saved.ClientName)}/forecast/history", ForecastDto.From(saved));
    }

    private static async Task<Ok<ForecastHistoryDto>> ListForecastHistory(
        string clientName, QueryYear? year, int? pageSize, string? pageToken, ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
        var response = await compliance.ListForecastHistoryAsync(new ListForecastHistoryRequest
        {
            ClientName = Wire.RouteName(clientName),
            Year = year?.Value ?? 0,
            PageSize = pageSize ?? 0,
            PageToken = Wire.Text(pageToken),
        }, cancellationToken: ct);
        return TypedResults.Ok(new ForecastHistoryDto([.. response.Forecasts.Select(ForecastDto.From)], response.NextPageToken));
    }
}
