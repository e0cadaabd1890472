using Grpc.Core;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;
using Format = Segmentation.Events.V1.ImportEventsRequest.Types.Format;

namespace Segmentation.Events.Import;

/// <summary>Imports an activity register as it streams in: read a batch of rows → resolve its new client
/// names in one call → validate → copy the valid rows into the import's transaction; after the last
/// message, decide. Rejected rows are a report in the answer, never an error status (whose details
/// travel in a trailer of bounded size): a real run with any rejected row writes nothing and answers
/// committed = false; a dry run reports everything and writes nothing. Rows are stored with source
/// "import" and created_by = the verified caller. Memory stays one batch, whatever the file's size.</summary>
public sealed class ImportService(ClientDirectory clients, EventTypeCatalog types, ImportPlanner planner, BulkEventWriter writer,
    EventsOptions options)
{
    /// <summary>Rejected rows listed in one answer; the total is always given.</summary>
    public const int MaxListedRows = 1000;

    /// <summary>Rows validated per ResolveClients call (names already known cost nothing: DirectoryCache).</summary>
    private const int BatchRows = 2000;

    public async Task<ImportEventsResponse> ImportAsync(IAsyncStreamReader<ImportEventsRequest> requests, Caller caller, CancellationToken ct)
    {
        var content = await ImportStream.OpenAsync(requests, options.MaxImportBytes, ct);
        var rows = content.Format switch
        {
            Format.Csv => CsvRowReader.ReadAsync(content, ct),
            Format.Xlsx => XlsxRowReader.ReadAsync(content, ct),
            _ => throw new ValidationException("format", "Format must be FORMAT_CSV or FORMAT_XLSX."),
        };
        var lookup = new EventTypeLookup(await types.AllAsync(ct));
        await using var write = writer.Begin(caller.Name);
        var rejected = new List<RowIssue>();
        int total = 0, rejectedTotal = 0;
        await foreach (var batch in rows.Chunk(BatchRows).WithCancellation(ct))
        {
            // Names that are not safe text are rejected by the planner; they are never sent on.
            var resolved = await clients.ResolveAsync(batch.Select(r => r.Client).Where(ImportText.IsSafeName), ct);
            foreach (var row in batch)
            {
                total++;
                var (candidate, issue) = planner.Check(row, resolved, lookup);
                if (candidate is not null) await write.AddAsync(candidate, ct);
                else if (++rejectedTotal <= MaxListedRows) rejected.Add(issue!);
            }
        }
        var refused = !content.DryRun && rejectedTotal > 0;
        var written = await write.FinishAsync(refused, content.DryRun, ct);
        return Response(content.DryRun, refused, total, rejectedTotal, rejected, written);
    }

    private static ImportEventsResponse Response(bool dryRun, bool refused, int total, int rejectedTotal, List<RowIssue> rejected, BulkWriteResult written)
    {
        var response = new ImportEventsResponse
        {
            Inserted = written.Inserted,
            // Not refused: every valid row not inserted was a repeat, already stored, or stored meanwhile.
            Duplicates = refused ? written.Repeats.Count : written.Copied - written.Inserted,
            DryRun = dryRun,
            TotalRows = total,
            RejectedTotal = rejectedTotal,
            Committed = !dryRun && !refused,
        };
        response.Rejected.Add(rejected.Select(r => new RejectedRow { Row = r.Row, Reason = r.Reason }));
        response.DuplicateRows.Add(written.Repeats.Concat(written.StoredDuplicates).OrderBy(r => r.Row)
            .Select(r => new RejectedRow { Row = r.Row, Reason = r.Reason }));
        return response;
    }
}
