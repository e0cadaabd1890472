using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Compliance.V1;
using Segmentation.Events.V1;
using Segmentation.Gateway.Apis.Events;
using Segmentation.Gateway.Input;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis.Exports;

/// <summary>CSV exports of exactly what the list routes answer with the same filters, every page: the portfolio
/// (GET /api/compliance) and the events (GET /api/events, plus cse). Pages are read 500 rows a call.</summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/compliance/export", ExportPortfolio).WithName("ExportPortfolio").WithTags("Compliance").WithCommonProblems()
            .Produces(200, contentType: CsvFile.ContentType).WithSummary("The portfolio as CSV (same filters as GET /api/compliance, all pages)");
        app.MapGet("/api/events/export", ExportEvents).WithName("ExportEvents").WithTags("Events").WithCommonProblems()
            .Produces(200, contentType: CsvFile.ContentType).WithSummary("Events as CSV (same filters as GET /api/events, plus cse; all pages)");
        return app;
    }

    private static async Task<FileContentHttpResult> ExportPortfolio(
        QueryYear? year, QueryDate? asOf, string? cse, string? segment, string? status, ClaimsPrincipal user,
        ComplianceService.ComplianceServiceClient compliance, CancellationToken ct)
    {
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
            rows.AddRange(page.Clients.Where(c => caller.CanSee(c.Cse)));
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        var csv = CsvFile.Of(ExportColumns.Portfolio, rows.Select(ExportColumns.PortfolioRow));
        return TypedResults.File(csv, CsvFile.ContentType, $"compliance-{rows.FirstOrDefault()?.Year.ToString(CultureInfo.InvariantCulture) ?? "export"}.csv");
    }

    private static async Task<FileContentHttpResult> ExportEvents(
        string? clientName, QueryYear? year, string? cse, string? eventCode, bool? completed, ClaimsPrincipal user,
        EventsService.EventsServiceClient events, Segmentation.Requirements.V1.RequirementsService.RequirementsServiceClient requirements,
        CancellationToken ct)
    {
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
        var csv = CsvFile.Of(ExportColumns.Events, rows.Select(ExportColumns.EventRow));
        return TypedResults.File(csv, CsvFile.ContentType, "events.csv");
    }
}
