using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>ListEvents with window = "assessment": each client's SPEC §5 window (Jan 1 through its
/// deadline, from Requirements) instead of the calendar year.</summary>
public sealed class AssessmentWindowListTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await EventsHost.StartAsync(postgres);
        // Barwon Health moves from Maintain to Leverage on 2025-07-01: its 2025 deadline is 2026-06-30.
        // Epworth never changes: its 2025 window ends 2025-12-31.
        await _host.ExecuteAsync("""
            INSERT INTO client_segmentation (client_name, tier_id, cse_name, effective_from, effective_to)
            SELECT 'Barwon Health', id, 'Ana', DATE '2024-01-01', DATE '2025-06-30' FROM segmentation_tiers WHERE tier_name = 'Maintain';
            INSERT INTO client_segmentation (client_name, tier_id, cse_name, effective_from)
            SELECT 'Barwon Health', id, 'Ana', DATE '2025-07-01' FROM segmentation_tiers WHERE tier_name = 'Leverage';
            """);
        foreach (var (client, date) in new[]
                 {
                     (EventsHost.AnaClient, "2025-02-01"), (EventsHost.AnaClient, "2026-03-10"), (EventsHost.AnaClient, "2026-07-01"),
                     (EventsHost.AnaOtherClient, "2025-05-05"), (EventsHost.AnaOtherClient, "2026-03-10"),
                 })
        {
            await _host.Client().ScheduleEventAsync(new ScheduleEventRequest { ClientName = client, EventType = "UPDATE_360", EventDate = date });
        }
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<string[]> ListAsync(ListEventsRequest request, string? token = null) =>
        [.. (await _host.Client(token).ListEventsAsync(request)).Events.Select(e => $"{e.ClientName} {e.EventDate}")];

    [Fact]
    public async Task The_window_of_an_extended_deadline_reaches_june_of_the_next_year()
    {
        var window = await ListAsync(new ListEventsRequest { ClientName = EventsHost.AnaClient, Year = 2025, Window = "assessment" });
        var calendar = await ListAsync(new ListEventsRequest { ClientName = EventsHost.AnaClient, Year = 2025 });

        Assert.Equal(["Barwon Health 2025-02-01", "Barwon Health 2026-03-10"], window);
        Assert.Equal(["Barwon Health 2025-02-01"], calendar);
    }

    [Fact]
    public async Task Without_a_client_each_client_gets_its_own_window()
    {
        var window = await ListAsync(new ListEventsRequest { Year = 2025, Window = "assessment" });

        Assert.Equal(["Barwon Health 2025-02-01", "Epworth 2025-05-05", "Barwon Health 2026-03-10"], window);
    }

    [Fact]
    public async Task From_and_to_narrow_the_window()
    {
        var window = await ListAsync(new ListEventsRequest
        {
            ClientName = EventsHost.AnaClient, Year = 2025, Window = "assessment", FromDate = "2026-01-01", ToDate = "2026-12-31",
        });

        Assert.Equal(["Barwon Health 2026-03-10"], window);
    }

    [Fact]
    public async Task A_cse_sees_only_own_clients_in_the_window()
    {
        var ben = await ListAsync(new ListEventsRequest { Year = 2025, Window = "assessment" }, EventsHost.Ben);
        var ana = await ListAsync(new ListEventsRequest { Year = 2025, Window = "assessment" }, EventsHost.Ana);

        Assert.Empty(ben);
        Assert.Equal(3, ana.Length);
    }

    [Fact]
    public async Task An_unknown_window_is_invalid_naming_window()
    {
        await Errors.ExpectInvalidAsync(
            () => _host.Client().ListEventsAsync(new ListEventsRequest { Year = 2025, Window = "fiscal" }).ResponseAsync, "window");
    }
}
