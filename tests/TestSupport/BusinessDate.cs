using Segmentation.ServiceDefaults.Time;

namespace Segmentation.TestSupport;

/// <summary>Today in the business time zone the services run on by default (Sydney), for tests against a running
/// system with the real clock: the machine's date is a day behind it every UTC afternoon.</summary>
public static class BusinessDate
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(BusinessClock.DefaultTimeZone);

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime);
}
