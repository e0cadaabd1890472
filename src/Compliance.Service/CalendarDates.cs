using System.Globalization;

namespace Segmentation.Compliance;

/// <summary>Dates on the wire are "YYYY-MM-DD" strings; parsed straight into DateOnly, never via DateTime.</summary>
public static class CalendarDates
{
    private const string Format = "yyyy-MM-dd";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>For dates another service produced; a malformed one is a contract breach.</summary>
    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a YYYY-MM-DD date.");

    public static string ToText(this DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
