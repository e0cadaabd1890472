using Microsoft.Extensions.Configuration;

namespace Segmentation.ServiceDefaults.Time;

/// <summary>"Today" in the business's time zone (<see cref="TimeZoneKey"/>, default Australia/Sydney), from the
/// injected <see cref="TimeProvider"/>: a Sydney morning is still yesterday in UTC, and every default date and
/// year limit must follow the users' calendar. One class, so the services and the gateway agree on the date.</summary>
public sealed class BusinessClock(TimeProvider time, IConfiguration configuration)
{
    public const string TimeZoneKey = "Segmentation:TimeZone";
    public const string DefaultTimeZone = "Australia/Sydney";

    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(configuration[TimeZoneKey] ?? DefaultTimeZone);

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);
}
