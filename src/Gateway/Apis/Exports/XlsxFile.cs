using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Segmentation.Gateway.Apis.Exports;

/// <summary>The same table as <see cref="CsvFile"/> as one Excel sheet. Text cells are inline strings, so a cell that
/// looks like a formula stays text without the CSV's apostrophe; the columns named in <c>numbers</c> are numbers.
/// Written row by row (OpenXmlWriter), so the workbook costs little more than its rows.</summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Of(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, IReadOnlySet<string> numbers)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, header.Select(h => ((string?)h, false)));
                var numeric = header.Select(numbers.Contains).ToArray();
                foreach (var row in rows) WriteRow(writer, row.Select((cell, i) => (cell, numeric[i])));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Export", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }
        return stream.ToArray();
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<(string? Value, bool Number)> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var (value, number) in cells)
        {
            writer.WriteElement(number && !string.IsNullOrEmpty(value)
                ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) }
                : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value ?? "")) });
        }
        writer.WriteEndElement();
    }
}
