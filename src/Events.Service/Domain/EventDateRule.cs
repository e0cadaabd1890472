using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Events.Domain;

/// <summary>Checks a date field: well formed and inside the allowed range. Adds a violation and
/// returns null when not.</summary>
public sealed class EventDateRule(BusinessClock clock)
{
    /// <summary>Events may be dated from 2020-01-01 through Dec 31 of the current year + 5 (SPEC §5).</summary>
    public static readonly DateOnly Earliest = new(2020, 1, 1);

    public DateOnly Latest() => new(clock.Today().Year + 5, 12, 31);

    /// <summary>The business day today (the default completion date).</summary>
    public DateOnly Today() => clock.Today();

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
        var latest = Latest();
        if (date >= Earliest && date <= latest) return date;
        validation.Add(field, $"{CalendarDates.Format(date)} is outside {CalendarDates.Format(Earliest)} … {CalendarDates.Format(latest)}.");
        return null;
    }

    /// <summary>The same range as a message, for import rows.</summary>
    public string? RangeProblem(DateOnly date)
    {
        var latest = Latest();
        return date >= Earliest && date <= latest
            ? null
            : $"date {CalendarDates.Format(date)} is outside {CalendarDates.Format(Earliest)} … {CalendarDates.Format(latest)}";
    }
}
