using Grpc.Core;
using Segmentation.Compliance.Reports;
using Segmentation.Compliance.Scoring;
using Segmentation.Compliance.Upstream;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Grpc;

/// <summary>ComplianceService: compliance over time, for one client or for the (filtered) portfolio.</summary>
public sealed class TrendGrpcService(TrendReports reports, BusinessClock clock) : ComplianceService.ComplianceServiceBase
{
    public override async Task<Trend> GetTrend(GetTrendRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var (year, asOf) = validation.YearAndAsOf(clock.Today(), request.Year, request.AsOf);
        var name = RequestFields.Optional(request.ClientName);
        if (name is not null) validation.ClientName(name);
        validation.ThrowIfInvalid();

        var query = name is null
            ? new AssessmentQuery(year, asOf, RequestFields.Optional(request.Cse), RequestFields.Optional(request.Segment))
            : new AssessmentQuery(year, asOf, ClientNames: [name]);
        var points = await reports.TrendAsync(query, context.CancellationToken);
        // A client the caller may not see (or that does not exist) is absent from every assessment stream.
        if (name is not null && points.All(p => p.Scores.Count == 0)) throw new NotFoundException($"Client '{name}' does not exist.");
        var trend = new Trend();
        trend.Points.Add(points.Select(p => name is null ? Portfolio(p.AsOf, p.Scores) : Client(p.AsOf, p.Scores[0])));
        return trend;
    }

    private static TrendPoint Client(DateOnly asOf, ClientScore score) => new()
    {
        AsOf = CalendarDates.Format(asOf), OverallScore = score.OverallScore, OverallStatus = score.OverallStatus,
    };

    private static TrendPoint Portfolio(DateOnly asOf, IReadOnlyList<ClientScore> scores) => new()
    {
        AsOf = CalendarDates.Format(asOf),
        Compliant = scores.Count(s => s.OverallStatus == Statuses.Compliant),
        AtRisk = scores.Count(s => s.OverallStatus == Statuses.AtRisk),
        Critical = scores.Count(s => s.OverallStatus == Statuses.Critical),
    };
}
