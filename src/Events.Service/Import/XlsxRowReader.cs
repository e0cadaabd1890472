using System.Globalization;
using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Import;

/// <summary>Reads the first worksheet of an .xlsx with the Open XML SDK's streaming reader (fast for
/// 100,000 rows). Numeric cells are kept as their raw numbers, so a date cell arrives as its Excel
/// serial and never passes through a local-time DateTime. A zip's directory is at its end, so the
/// workbook is read once the whole file is in (an .xlsx is compressed: a 100,000-row one is a few MB).</summary>
public static class XlsxRowReader
{
    public static async IAsyncEnumerable<RawRow> ReadAsync(Stream content, [EnumeratorCancellation] CancellationToken ct)
    {
        using var file = new MemoryStream();
        await content.CopyToAsync(file, ct);
        file.Position = 0;
        foreach (var row in Read(file)) yield return row;
    }

    private static IReadOnlyList<RawRow> Read(Stream content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(content, isEditable: false);
            var workbook = document.WorkbookPart ?? throw Unreadable();
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Unreadable();
            var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            return ReadRows(worksheet, shared);
        }
        // Whatever the file holds (a broken zip, a DTD, parts that are missing or of the wrong type), a
        // workbook the SDK cannot read is the caller's file, not a fault of this service.
        catch (Exception ex) when (ex is not (ValidationException or OperationCanceledException or OutOfMemoryException))
        {
            throw Unreadable();
        }
    }

    private static List<RawRow> ReadRows(WorksheetPart worksheet, string[] shared)
    {
        ImportColumns? columns = null;
        var rows = new List<RawRow>();
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var cells = row.Elements<Cell>().Select(c => (Column: ColumnIndex(c.CellReference?.Value), Cell: c)).ToArray();
            if (columns is null)
            {
                var width = cells.Length == 0 ? 0 : cells.Max(c => c.Column) + 1;
                var header = new string[width];
                foreach (var (column, cell) in cells) header[column] = TextOf(cell, shared);
                columns = ImportColumns.FromHeader(header.Select(h => h ?? "").ToArray());
                continue;
            }
            Cell? At(int? index) => index is { } i ? cells.FirstOrDefault(c => c.Column == i).Cell : null;
            string Text(int? index) => At(index) is { } cell ? TextOf(cell, shared).Trim() : "";
            var values = new[] { Text(columns.Client), Text(columns.Event), Text(columns.Completed), Text(columns.Notes) };
            var date = DateOf(At(columns.Date), shared);
            if (values.All(v => v.Length == 0) && date.Text.Length == 0) continue;
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
            rows.Add(new RawRow(number, values[0], values[1], date, values[2], values[3]));
        }
        if (columns is null) throw new ValidationException("content", "The worksheet is empty.");
        return rows;
    }

    private static DateCell DateOf(Cell? cell, string[] shared)
    {
        if (cell is null) return DateCell.OfText("");
        var text = TextOf(cell, shared).Trim();
        var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
        return isNumber && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            ? DateCell.OfSerial(serial, text)
            : DateCell.OfText(text);
    }

    private static string TextOf(Cell cell, string[] shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        // xsd:boolean: Excel writes 1/0, other writers true/false.
        if (type == CellValues.Boolean) return cell.CellValue?.Text is "1" or "true" or "TRUE" ? "TRUE" : "FALSE";
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>"C12" → 2 (zero-based column).</summary>
    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var ch in reference ?? "A")
        {
            if (!char.IsAsciiLetter(ch)) break;
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return Math.Max(index - 1, 0);
    }

    private static ValidationException Unreadable() => new("content", "The file is not a readable .xlsx workbook.");
}
