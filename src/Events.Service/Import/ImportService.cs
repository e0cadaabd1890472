using System.Runtime.InteropServices;
using Google.Protobuf;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Import;

/// <summary>Imports an activity register: read → resolve every client in one call → validate →
/// bulk write. Rejected rows are a report in the answer, never an error status (whose details travel
/// in a trailer of bounded size): a real run with any rejected row writes nothing and answers
/// committed = false; a dry run reports everything and writes nothing. Rows are stored with
/// source "import" and created_by = the verified caller.</summary>
public sealed class ImportService(ClientDirectory clients, EventTypeCatalog types, ImportPlanner planner, BulkEventWriter writer)
{
    /// <summary>Rejected rows listed in one answer; the total is always given.</summary>
    public const int MaxListedRows = 1000;

    public async Task<ImportEventsResponse> ImportAsync(ImportEventsRequest request, Caller caller, CancellationToken ct)
    {
        var rows = request.Format switch
        {
            ImportEventsRequest.Types.Format.Csv => CsvRowReader.Read(BytesOf(request.Content)),
            ImportEventsRequest.Types.Format.Xlsx => XlsxRowReader.Read(BytesOf(request.Content)),
            _ => throw new ValidationException("format", "Format must be FORMAT_CSV or FORMAT_XLSX."),
        };
        // Names that are not safe text are rejected by the planner; they are never sent on.
        var resolved = await clients.ResolveAsync(rows.Select(r => r.Client).Where(ImportText.IsSafeName), ct);
        var plan = planner.Plan(rows, resolved, await types.AllAsync(fresh: true, ct));
        var refused = !request.DryRun && plan.Rejected.Count > 0;
        var written = refused ? new BulkWriteResult(0, []) : await writer.WriteAsync(plan.Candidates, request.DryRun, caller.Name, ct);
        var response = new ImportEventsResponse
        {
            Inserted = written.Inserted,
            Duplicates = plan.FileDuplicates.Count + (refused ? 0 : plan.Candidates.Count - written.Inserted),
            DryRun = request.DryRun,
            TotalRows = plan.TotalRows,
            RejectedTotal = plan.Rejected.Count,
            Committed = !request.DryRun && !refused,
        };
        response.Rejected.Add(plan.Rejected.Take(MaxListedRows).Select(r => new RejectedRow { Row = r.Row, Reason = r.Reason }));
        response.DuplicateRows.Add(plan.FileDuplicates.Concat(written.StoredDuplicates).OrderBy(r => r.Row)
            .Select(r => new RejectedRow { Row = r.Row, Reason = r.Reason }));
        return response;
    }

    /// <summary>The request's own array when the message owns one exactly (as parsed messages do), so a
    /// file of several MB is not copied once more; the readers only read it.</summary>
    private static byte[] BytesOf(ByteString content) =>
        MemoryMarshal.TryGetArray(content.Memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : content.ToByteArray();
}
