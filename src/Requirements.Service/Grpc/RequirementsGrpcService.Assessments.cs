using Grpc.Core;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.Domain;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

public sealed partial class RequirementsGrpcService
{
    /// <summary>SPEC §5 for one client (name or alias) and year at asOf.</summary>
    public override async Task<Assessment> GetAssessment(GetAssessmentRequest request, ServerCallContext context)
    {
        var (year, asOf) = YearAndAsOf(request.Year, request.AsOf, new Validation()
            .Require(!string.IsNullOrWhiteSpace(request.ClientName), "client_name", "A client name is required."));
        var client = await VisibleClientAsync(request.ClientName, "client_name", CallerOf(context), context.CancellationToken);
        var inputs = await assessmentInputs.LoadAsync(null, [client.Name], context.CancellationToken);
        var row = inputs.Clients.SingleOrDefault() ?? throw new NotFoundException($"Client '{client.Name}' does not exist.");
        return Assess(row, inputs, year, asOf).ToMessage(row);
    }

    /// <summary>SPEC §5 for every visible client of a year (optionally filtered), in name order. Four
    /// set-based queries load everything; the rules then run in memory, one message per client.</summary>
    public override async Task StreamAssessments(StreamAssessmentsRequest request, IServerStreamWriter<Assessment> responseStream, ServerCallContext context)
    {
        var caller = CallerOf(context);
        var validation = new Validation();
        var segment = validation.OptionalSegment(request.Segment);
        var (year, asOf) = YearAndAsOf(request.Year, request.AsOf, validation);
        var cse = string.IsNullOrWhiteSpace(request.Cse) ? null : request.Cse.Trim();
        if (!caller.IsAdmin)
        {
            if (caller.Cse is null || (cse is not null && cse != caller.Cse)) return;
            cse = caller.Cse;
        }
        string[]? names = null;
        if (request.ClientNames.Count > 0)
        {
            names = (await clients.FindManyAsync(request.ClientNames, context.CancellationToken)).Values.Select(c => c.Name).Distinct().ToArray();
            if (names.Length == 0) return;
        }

        var inputs = await assessmentInputs.LoadAsync(cse, names, context.CancellationToken);
        var written = 0;
        foreach (var client in inputs.Clients)
        {
            var result = Assess(client, inputs, year, asOf);
            if (segment is not null && result.CurrentSegment != segment) continue;
            await responseStream.WriteBatchedAsync(result.ToMessage(client), written++, context.CancellationToken);
        }
    }

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
