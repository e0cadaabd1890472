namespace Segmentation.Requirements.Domain;

/// <summary>Deadline arithmetic of SPEC §5.</summary>
public static class Deadlines
{
    public static DateOnly Original(int year) => new(year, 12, 31);

    /// <summary>June 30 of the next year when the segment changed in <paramref name="year"/>.</summary>
    public static DateOnly For(int year, bool segmentChanged) => segmentChanged ? new DateOnly(year + 1, 6, 30) : Original(year);

    /// <summary>Whole calendar months from asOf's month to the deadline's month, never negative.</summary>
    public static int MonthsTo(DateOnly deadline, DateOnly asOf) =>
        Math.Max(0, (deadline.Year * 12 + deadline.Month) - (asOf.Year * 12 + asOf.Month));
}
