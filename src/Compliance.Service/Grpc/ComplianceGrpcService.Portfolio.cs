using Grpc.Core;
using Segmentation.Compliance.Clients;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Compliance.Grpc;

public sealed partial class ComplianceGrpcService
{
    /// <summary>Issue point 2: every (visible) client of a year, filtered and paged by client name.</summary>
    public override async Task<ListPortfolioResponse> ListPortfolio(ListPortfolioRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var (year, asOf) = YearAndAsOf(validation, request.Year, request.AsOf);
        var pageSize = validation.PageSize(request.PageSize);
        var status = validation.OverallStatus(request.Status);
        var cse = RequestFields.Optional(request.Cse);
        var segment = RequestFields.Optional(request.Segment);
        var names = request.ClientNames.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        var filter = PageTokens.Fingerprint(request.Year, request.AsOf, cse, segment, status, names);
        var cursor = validation.Decode<PortfolioCursor>(request.PageToken);
        if (cursor is not null && cursor.Filter != filter)
            validation.Add("page_token", "The page token belongs to a request with other filters.");
        validation.ThrowIfInvalid();
        if (cursor is not null) (year, asOf) = (cursor.Year, CalendarDates.Parse(cursor.AsOf));

        var query = new AssessmentQuery(year, asOf, cse, segment, names.Count > 0 ? names : null);
        var page = await portfolio.PageAsync(query, status, cursor?.After, cursor?.ClientListToken, pageSize, context.CancellationToken);
        var response = new ListPortfolioResponse();
        response.Clients.Add(page.Clients.Select(c => c.ToMessage(withEventTypes: false)));
        if (page.HasMore && page.LastClient is { } last)
            response.NextPageToken = PageTokens.Encode(new PortfolioCursor(filter, year, asOf.ToText(), last, page.ClientListToken));
        return response;
    }
}
