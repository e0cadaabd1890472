using Segmentation.ServiceDefaults.Text;
using Segmentation.Compliance.Scoring;
using Segmentation.Requirements.V1;

namespace Segmentation.Compliance.Upstream;

/// <summary>Reads SPEC §5 assessments from Requirements.Service. The caller's token travels with each
/// call, so a CSE only ever gets own clients (others are NOT_FOUND or absent from the stream).</summary>
public sealed class AssessmentReader(RequirementsService.RequirementsServiceClient requirements)
{
    public async Task<ClientAssessment> GetAsync(string clientName, int year, DateOnly asOf, CancellationToken ct)
    {
        var request = new GetAssessmentRequest { ClientName = clientName, Year = year, AsOf = CalendarDates.Format(asOf) };
        return (await requirements.GetAssessmentAsync(request, cancellationToken: ct)).ToScoring();
    }

    /// <summary>One streaming call, whatever the number of clients.</summary>
    public async Task<List<ClientAssessment>> ListAsync(AssessmentQuery query, CancellationToken ct)
    {
        var request = new StreamAssessmentsRequest
        {
            Year = query.Year,
            AsOf = CalendarDates.Format(query.AsOf),
            Cse = query.Cse ?? "",
            Segment = query.Segment ?? "",
            AfterClient = query.After ?? "",
            Limit = query.Limit,
        };
        if (query.ClientNames is { Count: > 0 } names) request.ClientNames.Add(names);
        using var call = requirements.StreamAssessments(request, cancellationToken: ct);
        var assessments = new List<ClientAssessment>();
        while (await call.ResponseStream.MoveNext(ct)) assessments.Add(call.ResponseStream.Current.ToScoring());
        return assessments;
    }
}
