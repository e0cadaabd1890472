using System.Globalization;

namespace Segmentation.ServiceDefaults.Text;

/// <summary>The one date codec and accepted range of the system. Wire dates are exactly "YYYY-MM-DD"
/// (no spaces, no other separators, no time); every service and the gateway accept only dates in
/// <see cref="Earliest"/> … <see cref="Latest"/>, so date arithmetic (deadlines, windows, month ends)
/// can never overflow and PostgreSQL never rounds a date to 'infinity'.</summary>
public static class CalendarDates
{
    public const string Pattern = "yyyy-MM-dd";
    public const int EarliestYear = 1900;
    public const int LatestYear = 9000;
    public static readonly DateOnly Earliest = new(EarliestYear, 1, 1);
    public static readonly DateOnly Latest = new(LatestYear, 12, 31);

    /// <summary>The message every violation of the date rule carries.</summary>
    public const string Rule = "Use a YYYY-MM-DD date between 1900-01-01 and 9000-12-31.";

    /// <summary>Strict: exactly ten characters "YYYY-MM-DD", a real date, inside the accepted range.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || text.Length != Pattern.Length) return false;
        return DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && IsInRange(date);
    }

    /// <summary>For dates another part of the system produced; a malformed one is a contract breach.
    /// Strict format but no range check: a computed date (a deadline in the year after the latest
    /// accepted year) may lie just past the accepted input range.</summary>
    public static DateOnly Parse(string text) =>
        text.Length == Pattern.Length && DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a YYYY-MM-DD date.");

    public static bool IsInRange(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool IsInRange(int year) => year is >= EarliestYear and <= LatestYear;

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Proto strings cannot be null: "" means "no date".</summary>
    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";
}
