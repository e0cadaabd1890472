using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

public sealed class ListTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await EventsHost.StartAsync(postgres);
        // 12 events: 3 clients × 2 types × dates in 2024 and 2025; half of them completed.
        await _host.ExecuteAsync("""
            INSERT INTO segmentation_events (client_name, event_type_id, event_date, completed)
            SELECT c, t.id, d, (extract(day FROM d)::int % 2 = 0)
            FROM unnest(ARRAY['Barwon Health', 'Epworth', 'WA Health']) c,
                 (SELECT id FROM segmentation_event_types WHERE event_code IN ('SLA_REVIEW', 'INSIGHT_TP')) t,
                 unnest(ARRAY['2024-12-02'::date, '2025-01-03'::date]) d
            """);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<IReadOnlyList<Event>> AllPagesAsync(ListEventsRequest request, string? token = null)
    {
        var events = new List<Event>();
        do
        {
            var page = await _host.Client(token).ListEventsAsync(request);
            Assert.True(page.Events.Count <= (request.PageSize == 0 ? 50 : request.PageSize));
            events.AddRange(page.Events);
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        return events;
    }

    [Fact]
    public async Task Pages_through_every_event_once_in_date_order()
    {
        var events = await AllPagesAsync(new ListEventsRequest { PageSize = 5 });

        Assert.Equal(12, events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(events.Select(e => e.EventDate).Order(StringComparer.Ordinal), events.Select(e => e.EventDate));
    }

    [Fact]
    public async Task Filters_by_client_year_type_and_completed()
    {
        var events = await AllPagesAsync(new ListEventsRequest
        {
            ClientName = "Barwon Health", Year = 2024, EventType = "sla_review", Completed = true, PageSize = 1,
        });

        var e = Assert.Single(events);
        Assert.Equal(("Barwon Health", "2024-12-02", "SLA_REVIEW", true), (e.ClientName, e.EventDate, e.EventCode, e.Completed));
    }

    [Fact]
    public async Task Filters_by_date_range()
    {
        var events = await AllPagesAsync(new ListEventsRequest { FromDate = "2025-01-01", ToDate = "2025-01-31" });

        Assert.Equal(6, events.Count);
        Assert.All(events, e => Assert.Equal("2025-01-03", e.EventDate));
    }

    [Fact]
    public async Task A_cse_lists_only_own_clients()
    {
        var events = await AllPagesAsync(new ListEventsRequest { PageSize = 3 }, EventsHost.Ana);

        Assert.Equal(8, events.Count);
        Assert.DoesNotContain(events, e => e.ClientName == EventsHost.BenClient);
        var violations = await Errors.InvalidAsync(async () =>
            await _host.Client(EventsHost.Ana).ListEventsAsync(new ListEventsRequest { ClientName = EventsHost.BenClient }));
        Assert.Equal("client_name", Assert.Single(violations).Field);
    }

    [Theory]
    [InlineData("page_size")]
    [InlineData("page_token")]
    [InlineData("year")]
    [InlineData("from_date")]
    [InlineData("event_type")]
    public async Task Bad_list_arguments_are_field_violations(string field)
    {
        var request = new ListEventsRequest();
        switch (field)
        {
            case "page_size": request.PageSize = -1; break;
            case "page_token": request.PageToken = "garbage"; break;
            case "year": request.Year = 2019; break;
            case "from_date": request.FromDate = "yesterday"; break;
            case "event_type": request.EventType = "NOPE"; break;
        }

        var violations = await Errors.InvalidAsync(async () => await _host.Client().ListEventsAsync(request));

        Assert.Equal(field, Assert.Single(violations).Field);
    }

    [Fact]
    public async Task A_page_token_is_only_valid_with_its_own_filter()
    {
        var first = await _host.Client().ListEventsAsync(new ListEventsRequest { PageSize = 2 });

        var violations = await Errors.InvalidAsync(async () =>
            await _host.Client().ListEventsAsync(new ListEventsRequest { PageSize = 2, Year = 2025, PageToken = first.NextPageToken }));

        Assert.Equal("page_token", Assert.Single(violations).Field);
    }

    [Fact]
    public async Task A_page_size_above_500_is_capped()
    {
        var page = await _host.Client().ListEventsAsync(new ListEventsRequest { PageSize = 100_000 });

        Assert.Equal(12, page.Events.Count);
        Assert.Equal("", page.NextPageToken);
    }
}
