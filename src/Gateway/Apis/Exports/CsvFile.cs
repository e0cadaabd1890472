using System.Text;

namespace Segmentation.Gateway.Apis.Exports;

/// <summary>RFC 4180 CSV for spreadsheets: UTF-8 with a BOM (Excel reads it as UTF-8), CRLF rows, quoted cells where
/// needed. A cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet
/// shows it as text instead of running it as a formula (CSV injection); client names and notes are user input.</summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Of(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows) AppendRow(text, row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Cell(cells[i]));
        }
        text.Append("\r\n");
    }
}
