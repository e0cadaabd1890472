using System.Globalization;

namespace Segmentation.Events.Domain;

/// <summary>The wire form of calendar dates: "YYYY-MM-DD", no time, no zone.</summary>
public static class CalendarDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string ToText(this DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string ToText(this DateOnly? date) => date?.ToText() ?? "";
}
