using Grpc.Core;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.Domain;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: SPEC §5 assessments (segment periods, deadline, window, expected counts).</summary>
public sealed class AssessmentsGrpcService(AssessmentInputsRepository assessmentInputs, BusinessClock clock)
    : RequirementsService.RequirementsServiceBase
{
    /// <summary>SPEC §5 for one client (name or alias) and year at asOf, in one SQL round trip that resolves
    /// the name and loads everything; the access decision follows from the client's CSE.</summary>
    public override async Task<Assessment> GetAssessment(GetAssessmentRequest request, ServerCallContext context)
    {
        var (year, asOf) = YearAndAsOf(request.Year, request.AsOf, new Validation()
            .Require(!string.IsNullOrWhiteSpace(request.ClientName), "client_name", "A client name is required."));
        var inputs = await assessmentInputs.LoadOneAsync(request.ClientName, context.CancellationToken);
        var row = inputs.Clients.SingleOrDefault();
        if (row is null || !context.Caller().CanSee(row.Cse))
            throw new NotFoundException($"Client '{request.ClientName.Trim()}' does not exist.");
        return Assess(row, inputs, year, asOf).ToMessage(row);
    }

    /// <summary>SPEC §5 for every visible client of a year (optionally filtered), in name order. Four set-based
    /// queries in one round trip load everything; the rules then run in memory, one message per client.</summary>
    public override async Task StreamAssessments(StreamAssessmentsRequest request, IServerStreamWriter<Assessment> responseStream, ServerCallContext context)
    {
        var caller = context.Caller();
        var validation = new Validation()
            .Require(request.Limit is >= 0 and <= MaxPage, "limit", $"The limit must be between 1 and {MaxPage} (0: no paging).")
            .Require(request.Limit == 0 || request.ClientNames.Count == 0, "limit", "A page of clients cannot be combined with client_names.");
        var segment = validation.OptionalSegment(request.Segment);
        var (year, asOf) = YearAndAsOf(request.Year, request.AsOf, validation);
        var cse = string.IsNullOrWhiteSpace(request.Cse) ? null : request.Cse.Trim();
        if (!caller.IsAdmin)
        {
            if (caller.Cse is null || (cse is not null && cse != caller.Cse)) return;
            cse = caller.Cse;
        }
        // Names or aliases, resolved in the same round trip as the inputs.
        var names = request.ClientNames.Count > 0 ? request.ClientNames : null;
        var inputs = request.Limit > 0
            ? await assessmentInputs.LoadPageAsync(cse, request.AfterClient, request.Limit, context.CancellationToken)
            : await assessmentInputs.LoadAsync(cse, names, context.CancellationToken);
        var written = 0;
        foreach (var client in inputs.Clients)
        {
            var result = Assess(client, inputs, year, asOf);
            if (segment is not null && result.CurrentSegment != segment) continue;
            await responseStream.WriteBatchedAsync(result.ToMessage(client), written++, context.CancellationToken);
        }
    }

    /// <summary>The largest page: the largest page size and one more (the caller learns there is a next page).</summary>
    private const int MaxPage = PageSizes.Maximum + 1;

    private (int Year, DateOnly AsOf) YearAndAsOf(int requestedYear, string requestedAsOf, Validation validation)
    {
        var today = clock.Today();
        var year = validation.Year(requestedYear, today);
        var asOf = validation.Date(requestedAsOf, "as_of", today);
        validation.ThrowIfInvalid();
        return (year, asOf);
    }

    private static AssessmentResult Assess(ClientRow client, AssessmentInputs inputs, int year, DateOnly asOf) =>
        Assessor.Assess(
            inputs.History[client.Name].ToList(),
            SegmentNames.Normalize(client.Segment),
            inputs.Matrix,
            inputs.ExcludedEventTypeIds[client.Name].ToHashSet(StringComparer.Ordinal),
            year,
            asOf);
}
