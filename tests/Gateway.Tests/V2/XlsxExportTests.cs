using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>?format=xlsx of both exports: the same rows as the CSV, in a workbook Excel opens; numbers are numbers and a
/// formula-looking note is text. ?search= narrows the portfolio export as the page's search box does; an unknown format is a 400.</summary>
public sealed class XlsxExportTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ClockedSystem.StartAsync(postgres);
        await Seed.BarwonAsync(_host);
        await Seed.EventAsync(_host, TestData.AnaClient, "SLA_REVIEW", "2025-07-01", notes: "=HYPERLINK(\"http://evil\",\"x\")");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>Each row's cells as (text, is a number).</summary>
    private async Task<List<List<(string Text, bool Number)>>> SheetAsync(string path)
    {
        using var response = await _host.Client(TestAuth.Admin).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.EndsWith(".xlsx", (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"'), StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)); // a well-formed workbook
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.Number
            ? (c.CellValue!.Text, true) : (c.InlineString?.InnerText ?? "", false)).ToList())];
    }

    private async Task<List<string>> CsvNamesAsync(string path)
    {
        var text = await _host.Client(TestAuth.Admin).GetStringAsync(path);
        return [.. text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[..l.IndexOf(',')])];
    }

    [Fact]
    public async Task The_portfolio_workbook_has_the_csvs_rows_with_numbers_as_numbers()
    {
        var rows = await SheetAsync("/api/compliance/export?year=2025&format=xlsx");
        var csv = await CsvNamesAsync("/api/compliance/export?year=2025");

        Assert.Equal("clientName", rows[0][0].Text);
        Assert.Equal(csv, rows.Skip(1).Select(r => r[0].Text));
        var score = rows[0].FindIndex(c => c.Text == "overallScore");
        Assert.All(rows.Skip(1), r => Assert.True(r[score].Number && int.TryParse(r[score].Text, out _), r[score].Text));
        Assert.All(rows.Skip(1), r => Assert.False(r[0].Number));
    }

    [Fact]
    public async Task A_formula_in_a_note_is_text_in_the_workbook()
    {
        var rows = await SheetAsync("/api/events/export?year=2025&clientName=Barwon%20Health&format=xlsx");

        var notes = rows[0].FindIndex(c => c.Text == "notes");
        Assert.Contains(rows.Skip(1), r => r[notes] == ("=HYPERLINK(\"http://evil\",\"x\")", false));
    }

    [Fact]
    public async Task The_search_narrows_the_portfolio_export_like_the_pages_search_box()
    {
        var all = await CsvNamesAsync("/api/compliance/export?year=2025");
        var found = await CsvNamesAsync("/api/compliance/export?year=2025&search=bARWON");

        Assert.Equal([TestData.AnaClient], found);
        Assert.True(all.Count > 1);
    }

    [Theory]
    [InlineData("/api/compliance/export?year=2025&format=pdf")]
    [InlineData("/api/events/export?year=2025&format=XLS")]
    public async Task An_unknown_format_is_a_400_naming_it(string path)
    {
        using var response = await _host.Client(TestAuth.Admin).GetAsync(path);

        await ProblemAssert.IsValidationProblemAsync(response, "format");
    }
}
