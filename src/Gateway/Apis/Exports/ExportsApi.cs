using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Compliance.V1;
using Segmentation.Events.V1;
using Segmentation.Gateway.Apis.Events;
using Segmentation.Gateway.Input;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis.Exports;

/// <summary>CSV or Excel exports of exactly what the list routes answer with the same filters, every page: the portfolio
/// (GET /api/compliance, plus the page's name search) and the events (GET /api/events, plus cse). Pages are read 500
/// rows a call.</summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/compliance/export", ExportPortfolio).WithName("ExportPortfolio").WithTags("Compliance").WithCommonProblems()
            .Produces(200, contentType: CsvFile.ContentType, additionalContentTypes: XlsxFile.ContentType)
            .WithSummary("The portfolio as CSV or xlsx (same filters as GET /api/compliance plus search, all pages)");
        app.MapGet("/api/events/export", ExportEvents).WithName("ExportEvents").WithTags("Events").WithCommonProblems()
            .Produces(200, contentType: CsvFile.ContentType, additionalContentTypes: XlsxFile.ContentType)
            .WithSummary("Events as CSV or xlsx (same filters as GET /api/events, plus cse; all pages)");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportPortfolio(
        QueryYear? year, QueryDate? asOf, string? cse, string? segment, string? status, string? search, string? format, ClaimsPrincipal user,
        ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
        if (!ExportFormat.IsValid(format)) return ExportFormat.Invalid();
        var caller = Caller.From(user);
        var request = new ListPortfolioRequest
        {
            Year = year?.Value ?? 0, AsOf = Wire.Date(asOf?.Value), Cse = Wire.Text(cse), Segment = Wire.Text(segment),
            Status = Wire.Text(status), PageSize = EventPages.PageSize,
        };
        var rows = new List<ClientCompliance>();
        do
        {
            var page = await compliance.ListPortfolioAsync(request, cancellationToken: ct);
            // The page's name search (a part of the name, any case), as the dashboard filters what it shows.
            rows.AddRange(page.Clients.Where(c => caller.CanSee(c.Cse)
                && (string.IsNullOrWhiteSpace(search) || c.ClientName.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase))));
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        return ExportFormat.File(format, $"compliance-{rows.FirstOrDefault()?.Year.ToString(CultureInfo.InvariantCulture) ?? "export"}",
            ExportColumns.Portfolio, [.. rows.Select(ExportColumns.PortfolioRow)], ExportColumns.PortfolioNumbers);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportEvents(
        string? clientName, QueryYear? year, string? cse, string? eventCode, bool? completed, string? format, ClaimsPrincipal user,
        EventsService.EventsServiceClient events, Segmentation.Requirements.V1.RequirementsService.RequirementsServiceClient requirements,
        CancellationToken ct)
    {
        if (!ExportFormat.IsValid(format)) return ExportFormat.Invalid();
        var request = new ListEventsRequest
        {
            ClientName = Wire.Text(clientName), Year = year?.Value ?? 0, EventType = Wire.Text(eventCode), Completed = completed,
        };
        var rows = new List<Event>();
        if (!string.IsNullOrWhiteSpace(cse))
        {
            // Requirements (with the caller's token) lists the CSE's clients the caller may see; none = no rows.
            var names = await CseClients.NamesAsync(requirements, cse.Trim(), ct);
            request.ClientNames.Add(names);
            if (names.Count > 0) rows = await EventPages.AllAsync(events, request, ct);
        }
        else rows = await EventPages.AllAsync(events, request, ct);
        return ExportFormat.File(format, "events", ExportColumns.Events, [.. rows.Select(ExportColumns.EventRow)], ExportColumns.EventNumbers);
    }
}
