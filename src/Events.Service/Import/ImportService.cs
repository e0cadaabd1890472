using Segmentation.Events.Clients;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Import;

/// <summary>Imports an activity register: read → resolve every client in one call → validate →
/// bulk write. A real run with any rejected row writes nothing and answers INVALID_ARGUMENT with
/// one violation per row; a dry run reports everything and writes nothing.</summary>
public sealed class ImportService(ClientDirectory clients, EventTypeCatalog types, ImportPlanner planner, BulkEventWriter writer)
{
    /// <summary>Keeps the error status small enough for any proxy; a dry run lists every row.</summary>
    private const int MaxViolations = 1000;

    public async Task<ImportEventsResponse> ImportAsync(ImportEventsRequest request, Caller caller, CancellationToken ct)
    {
        var rows = request.Format switch
        {
            ImportEventsRequest.Types.Format.Csv => CsvRowReader.Read(request.Content.ToByteArray()),
            ImportEventsRequest.Types.Format.Xlsx => XlsxRowReader.Read(request.Content.ToByteArray()),
            _ => throw new ValidationException("format", "Format must be FORMAT_CSV or FORMAT_XLSX."),
        };
        var resolved = await clients.ResolveAsync(rows.Select(r => r.Client), ct);
        var plan = planner.Plan(rows, resolved, await types.AllAsync(fresh: true, ct));
        if (!request.DryRun && plan.Rejected.Count > 0) throw Rejected(plan);

        var importedBy = string.IsNullOrWhiteSpace(request.ImportedBy) ? caller.Name : request.ImportedBy.Trim();
        var written = await writer.WriteAsync(plan.Candidates, request.DryRun, importedBy, ct);
        var response = new ImportEventsResponse
        {
            Inserted = written.Inserted,
            Duplicates = plan.FileDuplicates.Count + (plan.Candidates.Count - written.Inserted),
            DryRun = request.DryRun,
            TotalRows = plan.TotalRows,
        };
        response.Rejected.Add(plan.Rejected.Select(r => new RejectedRow { Row = r.Row, Reason = r.Reason }));
        response.DuplicateRows.Add(plan.FileDuplicates.Concat(written.StoredDuplicates).OrderBy(r => r.Row)
            .Select(r => new RejectedRow { Row = r.Row, Reason = r.Reason }));
        return response;
    }

    private static ValidationException Rejected(ImportPlan plan)
    {
        var violations = plan.Rejected.Take(MaxViolations).Select(r => new FieldViolation($"rows[{r.Row}]", r.Reason)).ToList();
        if (plan.Rejected.Count > MaxViolations)
            violations.Add(new FieldViolation("content", $"{plan.Rejected.Count - MaxViolations} more rows rejected; run a dry run for the full list."));
        return new ValidationException(violations);
    }
}
