using Segmentation.ServiceDefaults.Text;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Date and year request fields, checked against the one codec and range of
/// <see cref="CalendarDates"/>; each bad one is a violation naming its field.</summary>
public static class DateFields
{
    /// <summary>An optional date: "" = null. Anything else must be a strict YYYY-MM-DD date in range.</summary>
    public static DateOnly? OptionalDate(this Validation validation, string? input, string field)
    {
        if (string.IsNullOrEmpty(input)) return null;
        if (CalendarDates.TryParse(input, out var date)) return date;
        validation.Add(field, $"'{input}' is not accepted. {CalendarDates.Rule}");
        return null;
    }

    /// <summary>A required date; a violation when empty or invalid.</summary>
    public static DateOnly? RequiredDate(this Validation validation, string? input, string field)
    {
        if (!string.IsNullOrEmpty(input)) return validation.OptionalDate(input, field);
        validation.Add(field, $"A date is required. {CalendarDates.Rule}");
        return null;
    }

    /// <summary>A year inside the accepted date range; 0 = <paramref name="fallback"/> (usually the current year).</summary>
    public static int Year(this Validation validation, int input, int fallback, string field = "year")
    {
        if (input == 0) return fallback;
        validation.Require(CalendarDates.IsInRange(input), field,
            $"A year between {CalendarDates.EarliestYear} and {CalendarDates.LatestYear} is required (0 = the current year).");
        return input;
    }
}
