namespace Segmentation.Adversarial.Tests.Values;

/// <summary>Dates outside 1900-01-01 … 9000-12-31, impossible dates and every lenient spelling.</summary>
public static class BadDates
{
    public static readonly string[] All =
    [
        "9999-12-31", "0001-01-01", "1899-12-31", "9000-12-32", "2025/01/01", "2025-02-30", "2025-13-01", "25-01-01",
        "2025-1-1", "2025-01-01T00:00:00Z", "01/02/2025", "today", "+002025-01-01", "2025-01-01 ",
    ];

    /// <summary>Years a date built from them cannot hold, or that are outside the accepted range.</summary>
    public static readonly long[] Years = [0, -1, 1, 9999, 10_000, int.MaxValue];
}
