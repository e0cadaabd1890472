namespace Segmentation.Events.Domain;

/// <summary>Today's calendar date in the configured time zone (SPEC §5), from an injectable clock.</summary>
public sealed class CalendarClock(TimeProvider time, EventsOptions options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    /// <summary>Events may be dated from 2020-01-01 through Dec 31 of the current year + 5.</summary>
    public DateOnly LatestEventDate() => new(Today().Year + 5, 12, 31);

    public static readonly DateOnly EarliestEventDate = new(2020, 1, 1);
}
