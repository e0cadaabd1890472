namespace Segmentation.Gateway;

/// <summary>"Today" in the business's time zone (Segmentation:TimeZone, default Australia/Sydney), the
/// same setting the services read: the year limits of a route follow the users' calendar, not UTC.</summary>
public sealed class BusinessClock(TimeProvider time, IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Segmentation:TimeZone"] ?? "Australia/Sydney");

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);
}
