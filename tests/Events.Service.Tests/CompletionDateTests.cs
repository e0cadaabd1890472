using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>A completion date is on or after the event date and not after today in the business time
/// zone; otherwise INVALID_ARGUMENT naming completed_date and nothing is stored.</summary>
public sealed class CompletionDateTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<Event> ScheduleAsync(string date) =>
        (await _host.Client().ScheduleEventAsync(new ScheduleEventRequest
        {
            ClientName = EventsHost.AnaClient, EventType = "UPDATE_360", EventDate = date,
        })).Event;

    private Task<bool> StoredAsCompletedAsync(string id) =>
        _host.ScalarAsync<bool>("SELECT completed FROM segmentation_events WHERE id = @id::uuid", new { id });

    private static DateOnly TodayInSydney() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney")).DateTime);

    [Fact]
    public async Task A_completion_before_the_event_date_is_refused()
    {
        var e = await ScheduleAsync("2025-06-10");

        await Errors.ExpectInvalidAsync(
            () => _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = e.Id, CompletedDate = "2025-06-09" }).ResponseAsync,
            "completed_date");

        Assert.False(await StoredAsCompletedAsync(e.Id));
    }

    [Fact]
    public async Task A_completion_in_the_future_is_refused()
    {
        var e = await ScheduleAsync("2025-06-10");
        var tomorrow = TodayInSydney().AddDays(2).ToString("yyyy-MM-dd");

        await Errors.ExpectInvalidAsync(
            () => _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = e.Id, CompletedDate = tomorrow }).ResponseAsync,
            "completed_date");

        Assert.False(await StoredAsCompletedAsync(e.Id));
    }

    [Fact]
    public async Task Completing_a_future_event_today_is_refused_because_it_has_not_happened()
    {
        var e = await ScheduleAsync(TodayInSydney().AddDays(30).ToString("yyyy-MM-dd"));

        await Errors.ExpectInvalidAsync(() => _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = e.Id }).ResponseAsync,
            "completed_date");

        Assert.False(await StoredAsCompletedAsync(e.Id));
    }

    [Fact]
    public async Task The_event_date_itself_and_later_past_dates_are_accepted()
    {
        var onTheDay = await ScheduleAsync("2025-06-10");
        var later = await ScheduleAsync("2025-06-11");

        var a = await _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = onTheDay.Id, CompletedDate = "2025-06-10" });
        var b = await _host.Client().CompleteEventAsync(new CompleteEventRequest { Id = later.Id, CompletedDate = "2025-07-01" });

        Assert.Equal(("2025-06-10", "2025-07-01"), (a.CompletedDate, b.CompletedDate));
        Assert.True(await StoredAsCompletedAsync(later.Id));
    }
}
