namespace Segmentation.Compliance.Scoring;

/// <summary>Whole-month arithmetic on calendar dates (days within a month never matter here).</summary>
public static class Months
{
    private static int Ordinal(DateOnly date) => date.Year * 12 + date.Month;

    /// <summary>Months of the event window, January of <paramref name="year"/> through the deadline's month: 12 or 18.</summary>
    public static int WindowLength(int year, DateOnly deadline) => Ordinal(deadline) - year * 12;

    /// <summary>SPEC §7: January of <paramref name="year"/> through asOf's month inclusive, clamped to [0, window length].</summary>
    public static int Elapsed(int year, DateOnly asOf, DateOnly deadline) =>
        Math.Clamp(Ordinal(asOf) - year * 12, 0, WindowLength(year, deadline));

    /// <summary>SPEC §5: max(0, deadline month − asOf month).</summary>
    public static int ToDeadline(DateOnly deadline, DateOnly asOf) => Math.Max(0, Ordinal(deadline) - Ordinal(asOf));
}
