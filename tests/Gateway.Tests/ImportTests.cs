using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Segmentation.Gateway.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>POST /api/events/import: CSV and .xlsx, as a body or a multipart upload, dry run or real,
/// all-or-nothing, and bounded in size.</summary>
public sealed class ImportTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Csv = """
        client,event,date,completed,notes
        Barwon Health,INSIGHT_TP,2025-01-15,yes,January
        Barwon Health,SLA/Service Review Meeting,2025-02-15,no,
        NCS/MinDef,UPDATE_360,2025-03-15,true,
        """;

    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await WholeSystem.StartAsync(postgres);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static ByteArrayContent CsvBody(string csv) => Body(Encoding.UTF8.GetBytes(csv), "text/csv");

    private Task<long> EventCountAsync() => Scalar("SELECT count(*) FROM segmentation_events");

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_host.ConnectionString);
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_writes_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await _host.Client(TestData.AnaToken).PostAsync("/api/events/import?dryRun=true", CsvBody(Csv));
        var result = await Json.ReadAsync(response);

        Assert.Equal((3, 0, true), (result.GetProperty("inserted").GetInt32(), result.GetProperty("duplicates").GetInt32(), result.GetProperty("dryRun").GetBoolean()));
        Assert.Equal(0, result.GetProperty("rejected").GetArrayLength());
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task A_csv_body_imports_and_a_second_import_finds_only_duplicates()
    {
        var admin = _host.Client(TestAuth.Admin);

        using var first = await admin.PostAsync("/api/events/import", CsvBody(Csv));
        var inserted = await Json.ReadAsync(first);
        using var second = await admin.PostAsync("/api/events/import", CsvBody(Csv));
        var repeated = await Json.ReadAsync(second);

        Assert.Equal(3, inserted.GetProperty("inserted").GetInt32());
        Assert.Equal(3, await EventCountAsync());
        Assert.Equal((0, 3), (repeated.GetProperty("inserted").GetInt32(), repeated.GetProperty("duplicates").GetInt32()));
        Assert.Equal(3, repeated.GetProperty("totalRows").GetInt32());
        Assert.Equal([2, 3, 4], repeated.GetProperty("duplicateRows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM segmentation_events WHERE completed AND notes = 'January'"));
    }

    [Fact]
    public async Task A_multipart_csv_upload_imports()
    {
        using var form = new MultipartFormDataContent { { CsvBody(Csv), "file", "register.csv" } };

        using var response = await _host.Client(TestAuth.Admin).PostAsync("/api/events/import", form);

        Assert.Equal(3, (await Json.ReadAsync(response)).GetProperty("inserted").GetInt32());
    }

    [Fact]
    public async Task An_xlsx_body_and_an_xlsx_upload_import()
    {
        var workbook = MinimalXlsx.Of([
            ["Client", "Event", "Date", "Completed", "Notes"],
            ["Barwon Health", "Insight Touch Point", "2025-04-01", "yes", ""],
        ]);
        var other = MinimalXlsx.Of([
            ["Client", "Event", "Date"],
            ["Barwon Health", "INSIGHT_TP", "2025-05-01"],
        ]);
        var admin = _host.Client(TestAuth.Admin);

        using var body = await admin.PostAsync("/api/events/import", Body(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var form = new MultipartFormDataContent { { Body(other, "application/octet-stream"), "file", "register.xlsx" } };
        using var upload = await admin.PostAsync("/api/events/import", form);

        Assert.Equal(1, (await Json.ReadAsync(body)).GetProperty("inserted").GetInt32());
        Assert.Equal(1, (await Json.ReadAsync(upload)).GetProperty("inserted").GetInt32());
        Assert.Equal(2, await EventCountAsync());
    }

    [Fact]
    public async Task One_bad_row_rejects_the_whole_file_naming_the_row()
    {
        const string csv = """
            client,event,date
            Barwon Health,INSIGHT_TP,2025-01-15
            Nobody Hospital,INSIGHT_TP,2025-01-16
            Barwon Health,INSIGHT_TP,someday
            """;
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await _host.Client(TestAuth.Admin).PostAsync("/api/events/import", CsvBody(csv));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "rows[3]");
        Assert.Contains("rows[4]", problem.ErrorFields);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_400()
    {
        using var response = await _host.Client(TestAuth.Admin).PostAsync("/api/events/import", CsvBody("name,when\nBarwon Health,2025-01-01\n"));

        await ProblemAssert.IsValidationProblemAsync(response, "body");
    }

    [Fact]
    public async Task A_cse_cannot_import_events_of_another_cses_client()
    {
        const string csv = "client,event,date\nWA Health,INSIGHT_TP,2025-01-15\n";
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await _host.Client(TestData.AnaToken).PostAsync("/api/events/import", CsvBody(csv));

        await ProblemAssert.IsValidationProblemAsync(response, "rows[2]");
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task An_upload_over_the_configured_limit_is_413_whether_sent_as_a_body_or_a_form()
    {
        await using var host = await WholeSystem.StartAsync(postgres, g => g.WithSetting("Gateway:Limits:ImportBodyBytes", "1000"));
        var big = Csv + string.Concat(Enumerable.Repeat("\nBarwon Health,INSIGHT_TP,2025-01-15,no,padding padding", 40));
        var admin = host.Client(TestAuth.Admin);

        using var body = await admin.PostAsync("/api/events/import", CsvBody(big));
        using var form = new MultipartFormDataContent { { CsvBody(big), "file", "big.csv" } };
        using var upload = await admin.PostAsync("/api/events/import", form);

        await ProblemAssert.IsValidationProblemAsync(body, "body", HttpStatusCode.RequestEntityTooLarge);
        await ProblemAssert.IsProblemAsync(upload, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_default_limit_admits_100000_csv_rows()
    {
        var limit = _host.Service<GatewayMarker>().Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Limits.GatewayLimits>>().Value.ImportBodyBytes;
        const string row = "\nSA Health (Sunrise),President/Group Leader Engagement (in person),2025-12-31,yes,Met the executive sponsor on site";

        Assert.True(100_000L * Encoding.UTF8.GetByteCount(row) < limit);
        Assert.True(limit <= _host.Service<Segmentation.Events.EventsServiceMarker>().Services
            .GetRequiredService<Segmentation.Events.EventsOptions>().MaxImportBytes, "stays within the largest file Events accepts");
    }

    /// <summary>3,000 distinct rows of about 1 KB: past the gateway's 1 MiB in-memory spool and a dozen of
    /// its 256 KiB messages to Events.</summary>
    private static string LargeCsv()
    {
        var csv = new StringBuilder("client,event,date,completed,notes");
        var notes = new string('n', 960);
        for (var i = 0; i < 3000; i++)
            csv.Append($"\n{(i % 2 == 0 ? "Barwon Health" : "NCS/MinDef")},{(i / 2 % 2 == 0 ? "INSIGHT_TP" : "UPDATE_360")},{new DateOnly(2024, 1, 1).AddDays(i / 4):yyyy-MM-dd},no,{notes}");
        return csv.ToString();
    }

    private static int SpoolFiles() => Directory.GetFiles(Path.GetTempPath(), "segmentation-upload-*").Length;

    [Fact]
    public async Task A_large_upload_is_spooled_and_streamed_to_events_as_a_body_or_a_form()
    {
        var csv = LargeCsv();
        Assert.True(Encoding.UTF8.GetByteCount(csv) > 2 * 1024 * 1024);
        var admin = _host.Client(TestAuth.Admin);

        using var body = await admin.PostAsync("/api/events/import?dryRun=true", CsvBody(csv));
        using var form = new MultipartFormDataContent { { CsvBody(csv), "file", "large.csv" } };
        using var upload = await admin.PostAsync("/api/events/import", form);

        Assert.Equal(HttpStatusCode.OK, body.StatusCode);
        Assert.Equal(3000, (await Json.ReadAsync(body)).GetProperty("inserted").GetInt32());
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(3000, (await Json.ReadAsync(upload)).GetProperty("inserted").GetInt32());
        Assert.Equal(3000, await Scalar("SELECT count(*) FROM segmentation_events WHERE length(notes) = 960"));
        Assert.Equal(0, SpoolFiles());
    }

    [Fact]
    public async Task A_file_events_refuses_after_the_first_chunks_is_a_400_and_writes_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);
        var csv = LargeCsv() + "\nBarwon Health,INSIGHT_TP,2025-01-15,no,\0";

        using var response = await _host.Client(TestAuth.Admin).PostAsync("/api/events/import", CsvBody(csv));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "body");
        Assert.Contains("Line 3002 contains a NUL byte", problem.RawBody);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
        Assert.Equal(0, SpoolFiles());
    }
}
