using static Segmentation.Compliance.Tests.Scoring.Given;

namespace Segmentation.Compliance.Tests.Scoring;

/// <summary>Which completed and scheduled events count for year Y (SPEC §5, §6, §7).</summary>
public sealed class EventWindowTests
{
    [Theory]
    [InlineData("2024-12-31", false)]
    [InlineData("2025-01-01", true)]
    [InlineData("2025-06-30", true)]
    [InlineData("2025-07-01", true)]
    [InlineData("2025-12-31", true)]
    [InlineData("2026-01-01", false)]
    public void Without_a_change_the_window_is_the_calendar_year(string date, bool counts)
    {
        var window = Assessment("2026-02-01", year: 2025).CompletedWindow;

        Assert.Equal(counts, window.Contains(D(date)));
    }

    [Theory]
    [InlineData("2024-12-31", false)]
    [InlineData("2025-01-01", true)]
    [InlineData("2025-12-31", true)]
    [InlineData("2026-01-01", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void The_extended_window_counts_January_to_June_of_the_next_year(string date, bool counts)
    {
        var window = Assessment("2026-08-01", changed: true, year: 2025).CompletedWindow;

        Assert.Equal(counts, window.Contains(D(date)));
    }

    [Fact]
    public void Events_after_asOf_never_count_yet()
    {
        var window = Assessment("2025-11-27").CompletedWindow;

        Assert.Equal((D("2025-01-01"), D("2025-11-27")), (window.Start, window.End));
        Assert.False(window.Contains(D("2025-11-28")));
    }

    [Fact]
    public void In_the_extension_the_window_ends_at_asOf()
    {
        var window = Assessment("2026-03-15", changed: true, year: 2025).CompletedWindow;

        Assert.Equal((D("2025-01-01"), D("2026-03-15")), (window.Start, window.End));
    }

    [Fact]
    public void A_year_that_has_not_started_has_an_empty_window()
    {
        var assessment = Assessment("2025-12-31", year: 2026);

        Assert.True(assessment.CompletedWindow.IsEmpty);
        Assert.Equal((D("2026-01-01"), D("2026-12-31")), (assessment.ScheduledWindow.Start, assessment.ScheduledWindow.End));
    }

    [Fact]
    public void Scheduled_events_help_from_the_day_after_asOf_to_the_deadline()
    {
        var window = Assessment("2025-11-27", changed: true).ScheduledWindow;

        Assert.Equal((D("2025-11-28"), D("2026-06-30")), (window.Start, window.End));
    }

    [Fact]
    public void After_the_deadline_nothing_scheduled_can_help_and_the_deadline_has_passed()
    {
        var onDeadline = Assessment("2025-12-31", year: 2025);
        var dayAfter = Assessment("2026-01-01", year: 2025);

        Assert.False(onDeadline.DeadlinePassed);
        Assert.True(onDeadline.ScheduledWindow.IsEmpty);
        Assert.True(dayAfter.DeadlinePassed);
    }
}
