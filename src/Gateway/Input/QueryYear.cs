using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Gateway.Input;

/// <summary>A year in a query string: plain digits, inside the years of the accepted date range
/// (<see cref="CalendarDates.EarliestYear"/> … <see cref="CalendarDates.LatestYear"/>), so "99999",
/// "+2025" or " 2025" is a 400 naming the parameter on every route, as a date out of range is.</summary>
public readonly record struct QueryYear(int Value) : IParsable<QueryYear>
{
    public const string Rule = "Use a year from 1900 to 9000 (four digits).";

    public static QueryYear Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var year) ? year : throw new FormatException(Rule);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out QueryYear result)
    {
        result = default;
        if (s is null || s.Length != 4 || !s.All(char.IsAsciiDigit)) return false;
        var year = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        if (!CalendarDates.IsInRange(year)) return false;
        result = new QueryYear(year);
        return true;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
