using System.IO.Compression;
using System.Text;
using Google.Protobuf;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>Issue 12: an import's failures are reports. Rejected rows, however many, travel in the
/// answer (capped list + total, committed = false), never in an error status's trailer; a file that
/// cannot be read is INVALID_ARGUMENT naming content, never INTERNAL.</summary>
public sealed class ImportReportTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<ImportEventsResponse> ImportAsync(byte[] content, bool dryRun = false,
        ImportEventsRequest.Types.Format format = ImportEventsRequest.Types.Format.Csv) =>
        _host.Client().ImportEventsAsync(new ImportEventsRequest { Format = format, Content = ByteString.CopyFrom(content), DryRun = dryRun });

    private static string RowsWithUnknownClients(int count)
    {
        var csv = new StringBuilder("client,event,date\nBarwon Health,SLA_REVIEW,2025-02-03\n");
        for (var i = 0; i < count; i++) csv.Append($"Nobody {i},SLA_REVIEW,2025-02-03\n");
        return csv.ToString();
    }

    [Theory]
    [InlineData(300)]
    [InlineData(500)]
    [InlineData(5000)]
    public async Task Any_number_of_rejected_rows_is_a_report_listing_the_first_thousand(int rejected)
    {
        var response = await ImportAsync(Encoding.UTF8.GetBytes(RowsWithUnknownClients(rejected)));

        Assert.Equal((false, 0, rejected, rejected + 1), (response.Committed, response.Inserted, response.RejectedTotal, response.TotalRows));
        Assert.Equal(Math.Min(rejected, 1000), response.Rejected.Count);
        Assert.Equal((3, "unknown client 'Nobody 0'"), (response.Rejected[0].Row, response.Rejected[0].Reason));
        Assert.Equal(0, await _host.EventCountAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_nul_byte_in_a_cell_is_a_content_violation_naming_the_line(bool dryRun)
    {
        var csv = Encoding.UTF8.GetBytes("client,event,date,completed,notes\nBarwon Health,SLA_REVIEW,2025-02-03,yes,ok\nEpworth,SLA_REVIEW,2025-02-03,yes,a\0b\n");

        var violations = await Errors.InvalidAsync(async () => await ImportAsync(csv, dryRun));

        Assert.Equal("content", Assert.Single(violations).Field);
        Assert.Contains("Line 3", violations[0].Description);
        Assert.Equal(0, await _host.EventCountAsync());
    }

    [Fact]
    public async Task Control_and_bidi_characters_in_cells_reject_their_rows_without_echoing_them()
    {
        var csv = "client,event,date,notes\nBarwon Health,SLA_REVIEW,2025-02-03,fine\nEpworth\u202E,SLA_REVIEW,2025-02-03,\nEpworth,SLA_REVIEW,2025-02-04,bell\u0007\n";

        var response = await ImportAsync(Encoding.UTF8.GetBytes(csv), dryRun: true);

        Assert.Equal([(3, "client contains a control or invisible character"), (4, "notes contain a control or invisible character")],
            response.Rejected.Select(r => (r.Row, r.Reason)));
        Assert.Equal(1, response.Inserted);
    }

    public static TheoryData<string> BrokenWorkbooks => ["doctype", "truncated", "not a zip"];

    [Theory]
    [MemberData(nameof(BrokenWorkbooks))]
    public async Task A_malformed_xlsx_is_a_content_violation(string kind)
    {
        var valid = XlsxFile.Build([["Client", "Event", "Date"], ["Barwon Health", "SLA_REVIEW", "2025-01-01"]]);
        var content = kind switch
        {
            "doctype" => WithDoctype(valid),
            "truncated" => valid[..(valid.Length / 2)],
            _ => Encoding.UTF8.GetBytes("PK\u0003\u0004 not really"),
        };

        var violations = await Errors.InvalidAsync(async () => await ImportAsync(content, format: ImportEventsRequest.Types.Format.Xlsx));

        Assert.Equal("content", Assert.Single(violations).Field);
        Assert.Equal(0, await _host.EventCountAsync());
    }

    /// <summary>The same workbook with a DTD (an entity-expansion attempt) in front of its worksheet.</summary>
    private static byte[] WithDoctype(byte[] xlsx)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var start = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
            xml = xml.Insert(start, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>");
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml);
        }
        return stream.ToArray();
    }
}
