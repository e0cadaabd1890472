using Grpc.Core;
using Segmentation.Compliance.Reports;
using Segmentation.Compliance.Upstream;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Grpc;

/// <summary>ComplianceService: the portfolio, paged.</summary>
public sealed class PortfolioGrpcService(PortfolioReader portfolio, BusinessClock clock, PageTokenCodec pageTokens) : ComplianceService.ComplianceServiceBase
{
    private const string PortfolioPurpose = "compliance.ListPortfolio";

    /// <summary>Issue point 2: every (visible) client of a year, filtered and paged by client name.</summary>
    public override async Task<ListPortfolioResponse> ListPortfolio(ListPortfolioRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var (year, asOf) = validation.YearAndAsOf(clock.Today(), request.Year, request.AsOf);
        var pageSize = validation.PageSize(request.PageSize);
        var status = validation.OverallStatus(request.Status);
        var cse = RequestFields.Optional(request.Cse);
        var segment = RequestFields.Optional(request.Segment);
        var names = request.ClientNames.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        var filters = PageTokenCodec.Filters(request.Year, request.AsOf, cse, segment, status, names);
        var cursor = pageTokens.Decode<PortfolioCursor>(validation, request.PageToken, PortfolioPurpose, filters);
        if (cursor is not null)
        {
            // Signed, so written by this service; its fields are checked all the same.
            year = validation.Year(cursor.Year, year, "page_token");
            asOf = validation.RequiredDate(cursor.AsOf, "page_token") ?? asOf;
        }
        validation.ThrowIfInvalid();

        var query = new AssessmentQuery(year, asOf, cse, segment, names.Count > 0 ? names : null);
        var page = await portfolio.PageAsync(query, status, cursor?.After, pageSize, context.CancellationToken);
        var response = new ListPortfolioResponse();
        response.Clients.Add(page.Clients.Select(c => c.ToMessage(withEventTypes: false)));
        if (page.HasMore && page.LastClient is { } last)
        {
            var next = new PortfolioCursor(year, CalendarDates.Format(asOf), last);
            response.NextPageToken = pageTokens.Encode(PortfolioPurpose, filters, next);
        }
        return response;
    }
}
