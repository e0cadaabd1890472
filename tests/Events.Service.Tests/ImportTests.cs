using System.Text;
using Google.Protobuf;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

public sealed class ImportTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<ImportEventsResponse> ImportCsvAsync(string csv, bool dryRun = false, string? token = null) =>
        _host.Client(token).ImportEventsAsync(new ImportEventsRequest
        {
            Format = ImportEventsRequest.Types.Format.Csv, Content = ByteString.CopyFrom(Encoding.UTF8.GetBytes(csv)), DryRun = dryRun,
        });

    private const string GoodCsv = """
        Client,Event,Date,Completed,Notes
        Barwon Health,SLA_REVIEW,2025-02-03,yes,"Review, with a comma"
        Epworth,Insight Touch Point,14/03/2025,no,
        WA Health,ce_onsite,5 Jun 2025,1,
        """;

    [Fact]
    public async Task Imports_csv_rows_by_code_or_full_name_with_text_dates()
    {
        var response = await ImportCsvAsync(GoodCsv);

        Assert.Equal((3, 0, 3, false), (response.Inserted, response.Duplicates, response.TotalRows, response.DryRun));
        Assert.Empty(response.Rejected);
        var stored = await _host.ScalarAsync<string>("""
            SELECT string_agg(client_name || '|' || event_date || '|' || completed || '|' || coalesce(completed_date::text, '-') || '|' || source || '|' || coalesce(notes, '-'), ';' ORDER BY event_date)
            FROM segmentation_events
            """);
        Assert.Equal("Barwon Health|2025-02-03|true|2025-02-03|import|Review, with a comma;Epworth|2025-03-14|false|-|import|-;WA Health|2025-06-05|true|2025-06-05|import|-", stored);
        Assert.Equal(3, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes WHERE kind = 'created'"));
    }

    [Fact]
    public async Task Imported_events_get_time_ordered_ids()
    {
        await ImportCsvAsync(GoodCsv);

        // UUIDv7 (version nibble 7, milliseconds first), as scheduling writes: one import's keys sit
        // together at the end of the primary key instead of on random pages (issue 13, import speed).
        var versions = await _host.ScalarAsync<string>("SELECT string_agg(substr(id::text, 15, 1), '' ORDER BY event_date) FROM segmentation_events");
        Assert.Equal("777", versions);
        var spreadMs = await _host.ScalarAsync<long>("""
            SELECT max(('x' || substr(replace(id::text, '-', ''), 1, 12))::bit(48)::bigint)
                 - min(('x' || substr(replace(id::text, '-', ''), 1, 12))::bit(48)::bigint)
            FROM segmentation_events
            """);
        Assert.InRange(spreadMs, 0, 60_000);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_writes_nothing()
    {
        await ImportCsvAsync("Client,Event,Date\nBarwon Health,SLA_REVIEW,2025-02-03\n");

        var response = await ImportCsvAsync(GoodCsv + "\nNobody,SLA_REVIEW,2025-01-01,no,\n", dryRun: true);

        Assert.Equal((2, 1, 4, true), (response.Inserted, response.Duplicates, response.TotalRows, response.DryRun));
        Assert.Equal(new RejectedRow { Row = 5, Reason = "unknown client 'Nobody'" }, Assert.Single(response.Rejected));
        Assert.Equal(new RejectedRow { Row = 2, Reason = "already stored" }, Assert.Single(response.DuplicateRows));
        Assert.Equal(1, await _host.EventCountAsync());
    }

    [Fact]
    public async Task Duplicates_in_the_file_and_in_the_database_are_skipped_and_reported()
    {
        await ImportCsvAsync("Client,Event,Date\nEpworth,INSIGHT_TP,2025-03-14\n");

        var response = await ImportCsvAsync(GoodCsv + "\nBarwon Health,SLA/Service Review Meeting,03/02/2025,yes,again\n");

        Assert.Equal((2, 2), (response.Inserted, response.Duplicates));
        Assert.Equal([(3, "already stored"), (5, "repeats row 2")], response.DuplicateRows.Select(r => (r.Row, r.Reason)));
        Assert.Equal(3, await _host.EventCountAsync());
    }

    [Fact]
    public async Task A_real_run_with_bad_rows_rejects_them_all_with_row_numbers_and_writes_nothing()
    {
        const string csv = """
            client,event,date,completed,notes
            Barwon Health,SLA_REVIEW,2025-02-03,yes,
            ,SLA_REVIEW,2025-02-03,yes,
            Barwon Health,NOT_AN_EVENT,2025-02-30,maybe,

            WA Health,SLA_REVIEW,2019-06-30,no,
            """;

        var response = await ImportCsvAsync(csv, token: EventsHost.Ana);

        Assert.Equal((false, 0, 3), (response.Committed, response.Inserted, response.RejectedTotal));
        var rejected = response.Rejected;
        Assert.Equal([3, 4, 6], rejected.Select(r => r.Row));
        Assert.Equal("client is empty", rejected[0].Reason);
        Assert.Equal("unknown event 'NOT_AN_EVENT'; date '2025-02-30' is not a date; completed 'maybe' is not yes/no", rejected[1].Reason);
        Assert.StartsWith("unknown client 'WA Health'; date 2019-06-30 is outside 2020-01-01", rejected[2].Reason);
        Assert.Equal(0, await _host.EventCountAsync());
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_rejected()
    {
        var violations = await Errors.InvalidAsync(async () => await ImportCsvAsync("name,when\nBarwon Health,2025-01-01\n"));

        Assert.Equal("content", Assert.Single(violations).Field);
        Assert.Contains("client, event, date", violations[0].Description);
    }

    [Fact]
    public async Task Imports_xlsx_with_serial_and_text_dates()
    {
        var xlsx = XlsxFile.Build([
            ["Client", "Event type", "Date", "Completed", "Notes"],
            ["Barwon Health", "SLA_REVIEW", 45658.0, true, "serial"],          // 2025-01-01
            ["Epworth", "Insight Touch Point", "2025-12-31", "no", "text"],
            ["WA Health", "CE_ONSITE", 45838.75, "Completed", "serial with a time"], // 2025-06-30 18:00
        ]);

        var response = await _host.Client().ImportEventsAsync(new ImportEventsRequest
        {
            Format = ImportEventsRequest.Types.Format.Xlsx, Content = ByteString.CopyFrom(xlsx),
        });

        Assert.Equal((3, 0), (response.Inserted, response.Rejected.Count));
        Assert.Equal("2025-01-01 true;2025-06-30 true;2025-12-31 false", await _host.ScalarAsync<string>(
            "SELECT string_agg(event_date || ' ' || completed, ';' ORDER BY event_date) FROM segmentation_events"));
    }

    [Fact]
    public async Task A_file_that_is_not_xlsx_is_a_content_violation()
    {
        var violations = await Errors.InvalidAsync(async () => await _host.Client().ImportEventsAsync(new ImportEventsRequest
        {
            Format = ImportEventsRequest.Types.Format.Xlsx, Content = ByteString.CopyFromUtf8("not a zip"),
        }));

        Assert.Equal("content", Assert.Single(violations).Field);
    }

    [Fact]
    public async Task Imports_5000_rows_in_one_call()
    {
        var csv = new StringBuilder("client,event,date,completed\n");
        var start = new DateOnly(2025, 1, 1);
        string[] clients = [EventsHost.AnaClient, EventsHost.AnaOtherClient, EventsHost.BenClient];
        string[] codes = ["SLA_REVIEW", "INSIGHT_TP", "CE_ONSITE", "UPDATE_360", "EVP_ENGAGE"];
        for (var i = 0; i < 5000; i++)
            csv.Append($"{clients[i % 3]},{codes[i / 3 % 5]},{start.AddDays(i / 15):yyyy-MM-dd},{(i % 2 == 0 ? "yes" : "no")}\n");

        var response = await ImportCsvAsync(csv.ToString());

        Assert.Equal((5000, 0), (response.Inserted, response.Duplicates));
        Assert.Equal(5000, await _host.EventCountAsync());
        Assert.Equal(2500, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_events WHERE completed"));
    }
}
