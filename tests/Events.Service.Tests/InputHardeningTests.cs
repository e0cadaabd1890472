using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>Issue 12 against Events over real gRPC: the one strict date codec and range on every date
/// field (the event-date rule on top), signed page tokens, and safe text in every string.</summary>
public sealed class InputHardeningTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private EventsService.EventsServiceClient Admin => _host.Client();

    private Task<long> EventCountAsync() => _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_events");

    private static ScheduleEventRequest Valid() => new() { ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = "2025-03-14" };

    public static TheoryData<string> BadDates => ["9999-12-31", "1899-12-31", "2025/01/01", " 2025-01-01", "2025-01-01 ", "01/01/2025"];

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task Every_date_field_uses_the_one_strict_rule(string date)
    {
        await Errors.ExpectInvalidAsync(() => Admin.ListEventsAsync(new ListEventsRequest { FromDate = date, ToDate = date }).ResponseAsync,
            "from_date", "to_date");
        await Errors.ExpectInvalidAsync(() => Admin.GetClientWindowCountsAsync(new GetClientWindowCountsRequest
            { ClientName = EventsHost.AnaClient, Year = 2025, AsOf = date }).ResponseAsync, "as_of");
        await Errors.ExpectInvalidAsync(async () =>
        {
            var request = new BatchCountRequest();
            request.Clients.Add(new ClientWindow { ClientName = EventsHost.AnaClient, WindowStart = "2025-01-01", WindowEnd = "2025-12-31" });
            request.Clients.Add(new ClientWindow { ClientName = EventsHost.AnaOtherClient, WindowStart = "2025-01-01", WindowEnd = date });
            using var call = Admin.StreamCompletedCounts(request);
            while (await call.ResponseStream.MoveNext(CancellationToken.None)) { }
        }, "clients[1].window_end");
        var schedule = Valid();
        schedule.EventDate = date;
        await Errors.ExpectInvalidAsync(() => Admin.ScheduleEventAsync(schedule).ResponseAsync, "event_date");

        Assert.Equal(0L, await EventCountAsync());
    }

    [Fact]
    public async Task A_hand_built_list_token_in_the_old_unsigned_format_is_refused()
    {
        await Admin.ScheduleEventAsync(Valid());
        var request = new ListEventsRequest { Year = 2025 };
        // What the unsigned codec accepted: base64url("{day number}|{id}|{first 16 hex of SHA-256 of the filter bytes}").
        var hash = Convert.ToHexString(SHA256.HashData(request.ToByteArray()))[..16];
        var day = new DateOnly(2020, 1, 1).DayNumber;
        request.PageToken = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{day}|{Guid.Empty:N}|{hash}")).TrimEnd('=');

        await Errors.ExpectInvalidAsync(() => Admin.ListEventsAsync(request).ResponseAsync, "page_token");
    }

    [Fact]
    public async Task A_signed_list_token_continues_only_its_own_query()
    {
        foreach (var date in new[] { "2025-03-14", "2025-03-15", "2025-03-16" })
            await Admin.ScheduleEventAsync(new ScheduleEventRequest { ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = date });
        var first = await Admin.ListEventsAsync(new ListEventsRequest { Year = 2025, PageSize = 2 });

        var second = await Admin.ListEventsAsync(new ListEventsRequest { Year = 2025, PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal("2025-03-16", Assert.Single(second.Events).EventDate);
        await Errors.ExpectInvalidAsync(() =>
            Admin.ListEventsAsync(new ListEventsRequest { Year = 2026, PageToken = first.NextPageToken }).ResponseAsync, "page_token");
        var tampered = first.NextPageToken[..^2] + (first.NextPageToken[^2] == 'A' ? "BA" : "AA");
        await Errors.ExpectInvalidAsync(() =>
            Admin.ListEventsAsync(new ListEventsRequest { Year = 2025, PageToken = tampered }).ResponseAsync, "page_token");
    }

    [Fact]
    public async Task Strings_with_control_bidi_or_invisible_characters_are_refused_by_field_path()
    {
        var location = Valid();
        location.Location = "Geelong\u202E";
        var attendees = Valid();
        attendees.Attendees.Add(["ann@example.com", "bob\u200B@example.org"]);
        var notes = Valid();
        notes.Notes = "fine\u0000";

        await Errors.ExpectInvalidAsync(() => Admin.ScheduleEventAsync(location).ResponseAsync, "location");
        await Errors.ExpectInvalidAsync(() => Admin.ScheduleEventAsync(attendees).ResponseAsync, "attendees[1]");
        await Errors.ExpectInvalidAsync(() => Admin.ScheduleEventAsync(notes).ResponseAsync, "notes");
        Assert.Equal(0L, await EventCountAsync());
    }

    [Fact]
    public async Task Notes_keep_line_breaks_and_tabs_and_edits_follow_the_same_rule()
    {
        var request = Valid();
        request.Notes = "Agenda:\n\t1. Review\r\n\t2. Plan";
        var scheduled = await Admin.ScheduleEventAsync(request);

        await Errors.ExpectInvalidAsync(() =>
            Admin.UpdateEventAsync(new UpdateEventRequest { Id = scheduled.Event.Id, Notes = "bad\u001B[31m" }).ResponseAsync, "notes");

        Assert.Equal("Agenda:\n\t1. Review\r\n\t2. Plan", (await Admin.GetEventAsync(new GetEventRequest { Id = scheduled.Event.Id })).Notes);
    }
}
