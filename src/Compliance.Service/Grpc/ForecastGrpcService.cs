using Grpc.Core;
using Segmentation.Compliance.Data;
using Segmentation.Compliance.Reports;
using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.Upstream;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Grpc;

/// <summary>ComplianceService: forecasts, saved forecasts and their history.</summary>
public sealed class ForecastGrpcService(ComplianceReports reports, ForecastHistory history, ClientDirectory directory, BusinessClock clock, PageTokenCodec pageTokens) : ComplianceService.ComplianceServiceBase
{
    private const string HistoryPurpose = "compliance.ListForecastHistory";

    /// <summary>Issue point 3: SPEC §7 forecast at asOf.</summary>
    public override async Task<Forecast> GetForecast(GetForecastRequest request, ServerCallContext context) =>
        (await ForecastOf(request, context)).ToMessage();

    /// <summary>The same forecast, saved to segmentation_compliance_scores.</summary>
    public override async Task<Forecast> SaveForecast(GetForecastRequest request, ServerCallContext context)
    {
        var forecast = await ForecastOf(request, context);
        return (await history.SaveAsync(forecast, context.CancellationToken)).ToMessage();
    }

    /// <summary>Saved forecasts of one visible client, newest first.</summary>
    public override async Task<ListForecastHistoryResponse> ListForecastHistory(ListForecastHistoryRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var name = validation.ClientName(request.ClientName);
        if (request.Year != 0) validation.Year(request.Year, clock.Today());
        var pageSize = validation.PageSize(request.PageSize);
        var filters = PageTokenCodec.Filters(name, request.Year);
        var cursor = pageTokens.Decode<HistoryCursor>(validation, request.PageToken, HistoryPurpose, filters);
        validation.Require(cursor is null || cursor.Skip >= 0, "page_token", "The page token is not valid.");
        validation.ThrowIfInvalid();

        var client = await directory.CanonicalNameAsync(name, context.CancellationToken);
        var skip = cursor?.Skip ?? 0;
        var rows = await history.ListAsync(client, request.Year, skip, pageSize + 1, context.CancellationToken);
        var response = new ListForecastHistoryResponse();
        response.Forecasts.Add(rows.Take(pageSize).Select(r => r.ToMessage()));
        if (rows.Count > pageSize) response.NextPageToken = pageTokens.Encode(HistoryPurpose, filters, new HistoryCursor(skip + pageSize));
        return response;
    }

    private async Task<ForecastResult> ForecastOf(GetForecastRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var name = validation.ClientName(request.ClientName);
        var (year, asOf) = validation.YearAndAsOf(clock.Today(), request.Year, request.AsOf);
        validation.ThrowIfInvalid();
        return await reports.ForecastAsync(name, year, asOf, context.CancellationToken);
    }
}
