using System.Runtime.CompilerServices;
using CsvHelper;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Import;

/// <summary>Reads an activity register from CSV with CsvHelper (RFC 4180; the separator , ; tab or |
/// is detected; UTF-8 with or without BOM) as it streams in. Row numbers count records, header = row 1.</summary>
public static class CsvRowReader
{
    private static readonly CsvReaderOptions Options = new()
    {
        TrimWhitespace = true,
        // Keep blank lines as records so row numbers match what a spreadsheet shows; they are skipped below.
        SkipEmptyLines = false,
    };

    public static async IAsyncEnumerable<RawRow> ReadAsync(ImportStream content, [EnumeratorCancellation] CancellationToken ct)
    {
        content.RefuseNul = true;
        using var csv = CsvReader.Create(content, Options, leaveOpen: true);
        var columns = await Guarded(ReadColumnsAsync(csv, ct));
        var pool = new StringPool();
        while (await Guarded(csv.ReadAsync(ct).AsTask()))
        {
            string Field(int? index) => index is { } i && i < csv.FieldCount ? csv.GetString(i)?.Trim() ?? "" : "";
            string Pooled(int? index) => pool.Get(Field(index));
            var row = new RawRow((int)csv.RowNumber + 1, Pooled(columns.Client), Pooled(columns.Event),
                DateCell.OfText(Pooled(columns.Date)), Pooled(columns.Completed), Field(columns.Notes));
            if (row.Client.Length + row.Event.Length + row.Date.Text.Length + row.Completed.Length + row.Notes.Length == 0) continue;
            yield return row;
        }
    }

    private static async Task<ImportColumns> ReadColumnsAsync(CsvReader csv, CancellationToken ct)
    {
        await csv.ReadHeaderAsync(ct);
        var header = csv.Headers.ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace)) throw new ValidationException("content", "The file is empty.");
        return ImportColumns.FromHeader(header);
    }

    private static async Task<T> Guarded<T>(Task<T> read)
    {
        try
        {
            return await read;
        }
        catch (CsvFormatException ex)
        {
            throw new ValidationException("content", $"The file is not readable CSV: {ex.Message}");
        }
    }
}
