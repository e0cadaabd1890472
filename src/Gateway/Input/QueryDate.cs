using System.Diagnostics.CodeAnalysis;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Gateway.Input;

/// <summary>A calendar date in a query string (asOf, from, to): exactly "YYYY-MM-DD" inside the system's
/// accepted range, read by the kernel's <see cref="CalendarDates"/>. Every date query parameter binds to
/// this type, so "2025/01/01", " 2025-01-01" or "9999-12-31" is a 400 naming the parameter on every route
/// (DateOnly's own binding is lenient and unbounded).</summary>
public readonly record struct QueryDate(DateOnly Value) : IParsable<QueryDate>
{
    public const string Rule = CalendarDates.Rule;

    public static QueryDate Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var date) ? date : throw new FormatException(Rule);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out QueryDate result)
    {
        var ok = CalendarDates.TryParse(s, out var date);
        result = new QueryDate(date);
        return ok;
    }

    public override string ToString() => CalendarDates.Format(Value);
}
