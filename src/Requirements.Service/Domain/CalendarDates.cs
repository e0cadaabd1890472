using System.Globalization;

namespace Segmentation.Requirements.Domain;

/// <summary>The wire form of calendar dates: "YYYY-MM-DD", no time, no zone.</summary>
public static class CalendarDates
{
    private const string Pattern = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";
}
