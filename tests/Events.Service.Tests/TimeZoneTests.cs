using System.Text;
using Google.Protobuf;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>Changes the process's local time zone, so it runs alone.</summary>
[CollectionDefinition(nameof(LocalTimeZoneCollection), DisableParallelization = true)]
public sealed class LocalTimeZoneCollection;

/// <summary>Excel serials and text dates land on the same calendar day whatever the server's zone.
/// The test switches the process's zone (TZ) to one far west and one far east of UTC, checks that the
/// switch took effect and would shift a naive DateTime conversion, then imports through gRPC.</summary>
[Collection(nameof(LocalTimeZoneCollection))]
public sealed class TimeZoneTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;
    private string? _previousTz;

    public async ValueTask InitializeAsync()
    {
        _previousTz = Environment.GetEnvironmentVariable("TZ");
        _host = await EventsHost.StartAsync(postgres);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        UseZone(_previousTz);
    }

    private static void UseZone(string? tz)
    {
        Environment.SetEnvironmentVariable("TZ", tz);
        TimeZoneInfo.ClearCachedData();
    }

    [Theory]
    [InlineData("America/Los_Angeles", -8)]
    [InlineData("Australia/Sydney", 11)]
    public async Task Serial_and_text_dates_keep_their_calendar_day(string zone, int januaryOffsetHours)
    {
        UseZone(zone);
        Assert.Equal(TimeSpan.FromHours(januaryOffsetHours), TimeZoneInfo.Local.GetUtcOffset(new DateTime(2025, 1, 1, 12, 0, 0, DateTimeKind.Utc)));
        // The trap this guards against: going through a local DateTime moves 2025-01-01 to another day here.
        var naive = januaryOffsetHours > 0
            ? DateOnly.FromDateTime(DateTime.SpecifyKind(DateTime.FromOADate(45658), DateTimeKind.Local).ToUniversalTime())
            : DateOnly.FromDateTime(DateTime.SpecifyKind(DateTime.FromOADate(45658), DateTimeKind.Utc).ToLocalTime());
        Assert.NotEqual(new DateOnly(2025, 1, 1), naive);

        var xlsx = XlsxFile.Build([
            ["client", "event", "date", "completed"],
            ["Barwon Health", "SLA_REVIEW", 45658.0, "yes"],            // 2025-01-01
            ["Barwon Health", "CE_ONSITE", 45838.99, "yes"],            // 2025-06-30 23:45
            ["Barwon Health", "UPDATE_360", "2025-12-31", "no"],
            ["Barwon Health", "INSIGHT_TP", "1/7/2025", "no"],
        ]);
        var client = _host.Client();
        await client.ImportEventsAsync(new ImportEventsRequest { Format = ImportEventsRequest.Types.Format.Xlsx, Content = ByteString.CopyFrom(xlsx) });
        await client.ImportEventsAsync(new ImportEventsRequest
        {
            Format = ImportEventsRequest.Types.Format.Csv,
            Content = ByteString.CopyFrom(Encoding.UTF8.GetBytes("client,event,date\nEpworth,SLA_REVIEW,2025-01-01\nEpworth,CE_ONSITE,31 Dec 2025\n")),
        });

        var dates = await client.ListEventsAsync(new ListEventsRequest());
        Assert.Equal(
            ["Barwon Health 2025-01-01", "Epworth 2025-01-01", "Barwon Health 2025-06-30", "Barwon Health 2025-07-01", "Barwon Health 2025-12-31", "Epworth 2025-12-31"],
            dates.Events.OrderBy(e => e.EventDate, StringComparer.Ordinal).ThenBy(e => e.ClientName, StringComparer.Ordinal)
                .Select(e => $"{e.ClientName} {e.EventDate}").ToArray());
        Assert.Equal("2025-01-01,2025-01-01,2025-06-30,2025-07-01,2025-12-31,2025-12-31",
            await _host.ScalarAsync<string>("SELECT string_agg(event_date::text, ',' ORDER BY event_date, client_name) FROM segmentation_events"));
    }
}
