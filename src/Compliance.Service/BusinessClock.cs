namespace Segmentation.Compliance;

/// <summary>"Today" in the business's time zone (Segmentation:TimeZone, default Australia/Sydney),
/// the same setting Requirements.Service reads, so a default asOf agrees across services.</summary>
public sealed class BusinessClock(TimeProvider time, IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone =
        TimeZoneInfo.FindSystemTimeZoneById(configuration["Segmentation:TimeZone"] ?? "Australia/Sydney");

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);
}
