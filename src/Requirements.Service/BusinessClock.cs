namespace Segmentation.Requirements;

/// <summary>"Today" in the business's time zone (Segmentation:TimeZone, default Australia/Sydney):
/// a Sydney morning is still yesterday in UTC, and asOf must follow the users' calendar.</summary>
public sealed class BusinessClock(TimeProvider time, IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Segmentation:TimeZone"] ?? "Australia/Sydney");

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);
}
