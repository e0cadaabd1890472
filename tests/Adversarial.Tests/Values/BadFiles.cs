using System.Text;

namespace Segmentation.Adversarial.Tests.Values;

/// <summary>Import files that must be refused: a NUL in a cell, an .xlsx that is not a workbook or holds a
/// DOCTYPE, a zip cut short, hundreds of rejected rows.</summary>
public static class BadFiles
{
    public static readonly (string Label, string MediaType, byte[] Bytes)[] All =
    [
        ("CSV with NUL", "text/csv", Utf8("client,event,date,completed,notes\nBarwon Health,SAT_PLAN,2025-03-04,false,a\0b\n")),
        ("CSV with bidi name", "text/csv", Utf8("client,event,date,completed,notes\nBarwon\u202E Health,SAT_PLAN,2025-03-04,false,\n")),
        ("CSV date 9999-12-31", "text/csv", Utf8("client,event,date,completed,notes\nBarwon Health,SAT_PLAN,9999-12-31,false,\n")),
        ("CSV 800 rejected rows", "text/csv", Utf8("client,event,date,completed,notes\n" + string.Concat(Enumerable.Range(0, 800).Select(i => $"Nobody {i},NOPE,2025/13/{i},maybe,\n")))),
        ("CSV invalid UTF-8", "text/csv", [.. Utf8("client,event\n"), 0xC3, 0x28, 0xFF, 0x0A]),
        ("xlsx random bytes", Xlsx, [.. Enumerable.Range(0, 200).Select(i => (byte)(i * 37))]),
        ("xlsx truncated zip", Xlsx, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]),
        ("xlsx DOCTYPE", Xlsx, XlsxWithDoctype()),
    ];

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A zip whose workbook parts are XML documents with an entity declaration.</summary>
    private static byte[] XlsxWithDoctype()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create))
        {
            const string evil = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>""";
            foreach (var part in new[] { "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write(evil);
            }
        }
        return buffer.ToArray();
    }
}
