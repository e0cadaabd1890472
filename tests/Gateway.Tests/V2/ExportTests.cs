using System.Text;
using System.Text.Json;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>GET /api/compliance/export and /api/events/export: CSV (UTF-8 with BOM) of exactly the rows the list routes
/// answer with the same filters, every page; per-CSE rule as the lists; formula-looking cells neutralised.</summary>
public sealed class ExportTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ClockedSystem.StartAsync(postgres);
        await Seed.BarwonAsync(_host);
        await Seed.EventAsync(_host, TestData.AnaClient, "SLA_REVIEW", "2025-07-01", notes: "=HYPERLINK(\"http://evil\",\"x\")");
        await Seed.EventAsync(_host, TestData.BenClient, "SLA_REVIEW", "2025-07-02", notes: "Ben only");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<List<string>> CsvAsync(string token, string path)
    {
        using var response = await _host.Client(token).GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, Encoding.UTF8.GetString(bytes));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        return [.. Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
    }

    private async Task<List<string?>> ListAsync(string token, string path, string list, string field)
    {
        using var response = await _host.Client(token).GetAsync(path);
        return [.. (await Json.ReadAsync(response)).GetProperty(list).EnumerateArray().Select(e => e.GetProperty(field).GetString())];
    }

    [Theory]
    [InlineData("admin", "")]
    [InlineData("admin", "&cse=Ana%20Lee")]
    [InlineData("admin", "&status=critical")]
    [InlineData("cse", "")]
    public async Task The_portfolio_export_has_the_list_routes_rows(string caller, string filter)
    {
        var token = caller == "admin" ? TestAuth.Admin : TestData.AnaToken;

        var csv = await CsvAsync(token, $"/api/compliance/export?year=2025{filter}");
        var listed = await ListAsync(token, $"/api/compliance?year=2025&pageSize=500{filter}", "clients", "clientName");

        Assert.StartsWith("clientName,segment,cse,year,asOf,deadline", csv[0]);
        Assert.Equal(listed, csv.Skip(1).Select(line => line.StartsWith('"') ? line[1..line.IndexOf('"', 1)] : line[..line.IndexOf(',')]));
        Assert.NotEmpty(listed);
    }

    [Theory]
    [InlineData("admin", "year=2025", 6, 1)]
    [InlineData("admin", "year=2025&cse=Ben%20Ng", 1, 1)]
    [InlineData("cse", "year=2025", 5, 0)]
    [InlineData("cse", "year=2025&cse=Ben%20Ng", 0, 0)]
    public async Task The_events_export_has_the_list_routes_rows_and_the_cse_rule(string caller, string query, int rows, int benRows)
    {
        var token = caller == "admin" ? TestAuth.Admin : TestData.AnaToken;

        var csv = await CsvAsync(token, $"/api/events/export?{query}");

        Assert.StartsWith("id,clientName,eventCode,eventName,eventDate,completed", csv[0]);
        Assert.Equal(rows, csv.Count - 1);
        Assert.Equal(benRows, csv.Count(l => l.Contains(TestData.BenClient, StringComparison.Ordinal)));
        if (!query.Contains("cse=", StringComparison.Ordinal))
            Assert.Equal(await ListAsync(token, $"/api/events?{query}&pageSize=500", "events", "id"), csv.Skip(1).Select(l => l[..l.IndexOf(',')]));
    }

    [Fact]
    public async Task A_formula_in_a_cell_is_exported_as_text()
    {
        var csv = await CsvAsync(TestData.AnaToken, "/api/events/export?year=2025&clientName=Barwon%20Health");

        var line = Assert.Single(csv, l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",", line);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+61 3 9000", "'+61 3 9000")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain", "plain")]
    [InlineData(null, "")]
    public void Cells_are_quoted_and_neutralised(string? value, string expected) =>
        Assert.Equal(expected, Segmentation.Gateway.Apis.Exports.CsvFile.Cell(value));
}
