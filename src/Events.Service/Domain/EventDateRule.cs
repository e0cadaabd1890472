using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Domain;

/// <summary>Checks a date field: well formed and inside the allowed range. Adds a violation and
/// returns null when not.</summary>
public sealed class EventDateRule(CalendarClock clock)
{
    public DateOnly? Check(Validation validation, string field, string? text, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) validation.Add(field, "A date (YYYY-MM-DD) is required.");
            return null;
        }
        if (!CalendarDates.TryParse(text, out var date))
        {
            validation.Add(field, $"'{text}' is not accepted. {CalendarDates.Rule}");
            return null;
        }
        return CheckRange(validation, field, date);
    }

    public DateOnly? CheckRange(Validation validation, string field, DateOnly date)
    {
        var latest = clock.LatestEventDate();
        if (date >= CalendarClock.EarliestEventDate && date <= latest) return date;
        validation.Add(field, $"{CalendarDates.Format(date)} is outside {CalendarDates.Format(CalendarClock.EarliestEventDate)} … {CalendarDates.Format(latest)}.");
        return null;
    }

    /// <summary>The same range as a message, for import rows.</summary>
    public string? RangeProblem(DateOnly date)
    {
        var latest = clock.LatestEventDate();
        return date >= CalendarClock.EarliestEventDate && date <= latest
            ? null
            : $"date {CalendarDates.Format(date)} is outside {CalendarDates.Format(CalendarClock.EarliestEventDate)} … {CalendarDates.Format(latest)}";
    }
}
