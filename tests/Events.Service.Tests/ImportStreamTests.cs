using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.TestSupport;
using Format = Segmentation.Events.V1.ImportEventsRequest.Types.Format;

namespace Segmentation.Events.Tests;

/// <summary>Issue 13 (memory): ImportEvents is a client stream. Events reads, validates and copies rows as
/// the chunks arrive, inside one transaction that commits only after the last; whatever ends the call
/// early leaves nothing written and no connection held.</summary>
public sealed class ImportStreamTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres, ("Events:MaxImportBytes", "200000"));
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>Distinct (client, type, date) rows over the host's three clients and two types from 2024-01-01.</summary>
    private static string Rows(int count, int from = 0)
    {
        var clients = new[] { EventsHost.AnaClient, EventsHost.AnaOtherClient, EventsHost.BenClient };
        var types = new[] { "SLA_REVIEW", "INSIGHT_TP" };
        var csv = new StringBuilder();
        for (var i = from; i < from + count; i++)
            csv.Append($"{clients[i % 3]},{types[i / 3 % 2]},{new DateOnly(2024, 1, 1).AddDays(i / 6):yyyy-MM-dd},no,Café – row {i}\n");
        return csv.ToString();
    }

    private const string Header = "client,event,date,completed,notes\n";

    private static ImportEventsRequest Chunk(string text, Format format = Format.Unspecified, bool dryRun = false) =>
        new() { Format = format, DryRun = dryRun, Content = ByteString.CopyFromUtf8(text) };

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public async Task A_file_split_anywhere_even_inside_a_character_imports_the_same(int chunkBytes)
    {
        var response = await _host.Client().ImportEventsAsync(Chunk(Header + Rows(60), Format.Csv), chunkBytes);

        Assert.Equal((60, 60, true), (response.Inserted, response.TotalRows, response.Committed));
        Assert.Equal(60, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_events WHERE notes LIKE 'Café – row %'"));
    }

    [Fact]
    public async Task Rows_are_copied_while_the_file_is_still_arriving_and_committed_only_after_the_last()
    {
        using var call = _host.Client().ImportEvents();
        await call.RequestStream.WriteAsync(Chunk(Header + Rows(2500), Format.Csv));

        // Events has validated the first batch and is copying it while the rest has not been sent.
        await WaitForCopyAsync(present: true);
        Assert.Equal(0, await _host.EventCountAsync());

        await call.RequestStream.WriteAsync(Chunk(Rows(500, from: 2500)));
        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;

        Assert.Equal((3000, 3000), (response.Inserted, response.TotalRows));
        Assert.Equal(3000, await _host.EventCountAsync());
    }

    [Fact]
    public async Task An_import_abandoned_mid_file_writes_nothing_and_holds_no_connection()
    {
        using var cancel = new CancellationTokenSource();
        using (var call = _host.Client().ImportEvents(cancellationToken: cancel.Token))
        {
            await call.RequestStream.WriteAsync(Chunk(Header + Rows(2500), Format.Csv));
            await WaitForCopyAsync(present: true);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => call.ResponseAsync);
        }

        await WaitForCopyAsync(present: false);
        Assert.Equal(0, await _host.EventCountAsync());
        Assert.Equal(0, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes"));
    }

    [Fact]
    public async Task A_later_chunk_may_not_change_the_format_or_turn_on_dry_run()
    {
        Assert.Equal("format", Assert.Single(await Errors.InvalidAsync(() => SendAsync(
            Chunk(Header + Rows(10), Format.Csv), Chunk(Rows(10, from: 10), Format.Xlsx)))).Field);
        Assert.Equal("dry_run", Assert.Single(await Errors.InvalidAsync(() => SendAsync(
            Chunk(Header + Rows(10), Format.Csv), Chunk(Rows(10, from: 10), dryRun: true)))).Field);

        // Repeating the first message's values is allowed.
        var response = await SendAsync(Chunk(Header + Rows(10), Format.Csv, dryRun: true), Chunk(Rows(10, from: 10), Format.Csv, dryRun: true));
        Assert.Equal((20, true), (response.Inserted, response.DryRun));
        Assert.Equal(0, await _host.EventCountAsync());
    }

    [Fact]
    public async Task A_file_past_the_limit_is_refused_as_a_whole_even_after_valid_rows()
    {
        var file = Header + Rows(5000);
        Assert.True(Encoding.UTF8.GetByteCount(file) > 200_000);

        var violation = Assert.Single(await Errors.InvalidAsync(() => _host.Client().ImportEventsAsync(Chunk(file, Format.Csv), 16 * 1024)));

        Assert.Equal(("content", "The file is larger than 200000 bytes."), violation);
        Assert.Equal(0, await _host.EventCountAsync());
    }

    [Fact]
    public async Task A_NUL_byte_in_a_later_chunk_refuses_the_file_naming_its_line()
    {
        var violation = Assert.Single(await Errors.InvalidAsync(() => SendAsync(
            Chunk(Header + Rows(2500), Format.Csv), Chunk("Epworth,SLA_REVIEW,2025-01-01,no,x\nEpworth,SLA_REVIEW,2025-01-02,no,\0\n"))));

        Assert.Equal(("content", "Line 2503 contains a NUL byte (U+0000); save the file as UTF-8 CSV."), violation);
        Assert.Equal(0, await _host.EventCountAsync());
    }

    [Fact]
    public async Task A_call_without_any_message_has_no_file()
    {
        var violation = Assert.Single(await Errors.InvalidAsync(() => SendAsync()));

        Assert.Equal(("content", "The file is empty."), violation);
    }

    private async Task<ImportEventsResponse> SendAsync(params ImportEventsRequest[] messages)
    {
        using var call = _host.Client().ImportEvents();
        try
        {
            foreach (var message in messages) await call.RequestStream.WriteAsync(message);
            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException)
        {
            // The service ended the call early; its status is the answer.
        }
        return await call.ResponseAsync;
    }

    /// <summary>Waits (at most 30 s) until a backend of this database is, or no longer is, in the import's COPY
    /// or in a transaction.</summary>
    private async Task WaitForCopyAsync(bool present)
    {
        const string sql = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND ((state = 'active' AND query LIKE 'COPY import_rows%') OR state LIKE 'idle in transaction%')
            """;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await _host.ScalarAsync<long>(sql) > 0) != present)
        {
            Assert.True(DateTime.UtcNow < deadline, present ? "The import never started copying." : "The import still holds a connection.");
            await Task.Delay(50);
        }
    }
}
