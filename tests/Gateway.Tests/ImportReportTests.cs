using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Issue 12: import failures are reports, never 5xx: rejected rows (any number) are a 400 whose
/// body lists them (first 1,000 + total); an unreadable file or a cut upload is a 400 naming body.</summary>
public sealed class ImportReportTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await WholeSystem.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private HttpClient Admin => _host.Client(TestAuth.Admin);

    private static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    [Theory]
    [InlineData(300)]
    [InlineData(500)]
    [InlineData(5000)]
    public async Task Rejected_rows_are_a_400_whose_body_lists_them(int rejected)
    {
        var csv = new StringBuilder("client,event,date\nBarwon Health,INSIGHT_TP,2025-01-15\n");
        for (var i = 0; i < rejected; i++) csv.Append($"Nobody {i},INSIGHT_TP,2025-01-15\n");
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await Admin.PostAsync("/api/events/import", Body(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv"));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "rows[3]");
        Assert.Equal(Math.Min(rejected, 1000), problem.Body.GetProperty("rejected").GetArrayLength());
        Assert.Equal(rejected, problem.Body.GetProperty("rejectedTotal").GetInt32());
        Assert.False(problem.Body.GetProperty("committed").GetBoolean());
        Assert.Equal("unknown client 'Nobody 0'", problem.Body.GetProperty("rejected")[0].GetProperty("reason").GetString());
        Assert.True(response.Headers.Concat(response.Content.Headers).Sum(h => h.Key.Length + h.Value.Sum(v => v.Length)) < 1000);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?dryRun=true")]
    public async Task A_nul_byte_in_a_cell_is_400(string query)
    {
        var csv = Encoding.UTF8.GetBytes("client,event,date,notes\nBarwon Health,INSIGHT_TP,2025-01-15,a\0b\n");

        using var response = await Admin.PostAsync("/api/events/import" + query, Body(csv, "text/csv"));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "body");
        Assert.Contains("NUL", problem.RawBody);
    }

    [Fact]
    public async Task An_xlsx_with_a_doctype_is_400()
    {
        var workbook = MinimalXlsx.Of([["Client", "Event", "Date"], ["Barwon Health", "INSIGHT_TP", "2025-04-01"]]);

        using var response = await Admin.PostAsync("/api/events/import",
            Body(WithDoctype(workbook), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        await ProblemAssert.IsValidationProblemAsync(response, "body");
    }

    [Fact]
    public async Task A_truncated_multipart_upload_is_400()
    {
        const string cut = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\nContent-Type: text/csv\r\n\r\nclient,event,date\r\nBarwon Health,INSIGHT_TP,2025-01-15\r\n";

        using var response = await Admin.PostAsync("/api/events/import", Body(Encoding.UTF8.GetBytes(cut), "multipart/form-data; boundary=cut"));

        await ProblemAssert.IsValidationProblemAsync(response, "body");
    }

    private static byte[] WithDoctype(byte[] xlsx)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml.Insert(xml.IndexOf("?>", StringComparison.Ordinal) + 2, "<!DOCTYPE x [<!ENTITY a \"a\">]>"));
        }
        return stream.ToArray();
    }
}
