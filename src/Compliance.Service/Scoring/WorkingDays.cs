namespace Segmentation.Compliance.Scoring;

/// <summary>Suggested dates never fall on a weekend (SPEC §7: Saturday +2, Sunday +1).</summary>
public static class WorkingDays
{
    public static DateOnly OffWeekend(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
