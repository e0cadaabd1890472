using CsvHelper;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Import;

/// <summary>Reads an activity register from CSV with CsvHelper (RFC 4180; the separator , ; tab or |
/// is detected; UTF-8 with or without BOM). Row numbers count records, header = row 1.</summary>
public static class CsvRowReader
{
    private static readonly CsvReaderOptions Options = new()
    {
        TrimWhitespace = true,
        // Keep blank lines as records so row numbers match what a spreadsheet shows; they are skipped below.
        SkipEmptyLines = false,
    };

    public static IReadOnlyList<RawRow> Read(byte[] content)
    {
        // A NUL byte is never text in a UTF-8 register (a UTF-16 file is full of them): refuse the file
        // as a whole, naming the line, rather than rejecting rows one by one.
        if (Array.IndexOf(content, (byte)0) is var nul and >= 0)
        {
            var line = content.AsSpan(0, nul).Count((byte)'\n') + 1;
            throw new ValidationException("content", $"Line {line} contains a NUL byte (U+0000); save the file as UTF-8 CSV.");
        }
        try
        {
            using var csv = CsvReader.Create(content, Options);
            var header = csv.Headers.ToArray();
            if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace)) throw new ValidationException("content", "The file is empty.");
            var columns = ImportColumns.FromHeader(header);
            var rows = new List<RawRow>();
            var pool = new StringPool();
            while (csv.Read())
            {
                string Field(int? index) => index is { } i && i < csv.FieldCount ? csv.GetString(i)?.Trim() ?? "" : "";
                string Pooled(int? index) => pool.Get(Field(index));
                var row = new RawRow((int)csv.RowNumber + 1, Pooled(columns.Client), Pooled(columns.Event),
                    DateCell.OfText(Pooled(columns.Date)), Pooled(columns.Completed), Field(columns.Notes));
                if (row.Client.Length + row.Event.Length + row.Date.Text.Length + row.Completed.Length + row.Notes.Length == 0) continue;
                rows.Add(row);
            }
            return rows;
        }
        catch (CsvFormatException ex)
        {
            throw new ValidationException("content", $"The file is not readable CSV: {ex.Message}");
        }
    }
}
