using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Segmentation.Events.Tests;

/// <summary>Builds a one-sheet .xlsx in memory: strings as inline strings, doubles as numeric cells
/// (so a date can be written as its Excel serial, as Excel stores it).</summary>
public static class XlsxFile
{
    public static byte[] Build(IEnumerable<object[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint index = 0;
            foreach (var values in rows)
            {
                index++;
                var row = new Row { RowIndex = index };
                for (var c = 0; c < values.Length; c++) row.Append(CellOf(values[c], $"{(char)('A' + c)}{index}"));
                data.Append(row);
            }
            worksheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Register" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Cell CellOf(object value, string reference) => value switch
    {
        double number => new Cell { CellReference = reference, CellValue = new CellValue(number), DataType = CellValues.Number },
        bool flag => new Cell { CellReference = reference, CellValue = new CellValue(flag), DataType = CellValues.Boolean },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    };
}
