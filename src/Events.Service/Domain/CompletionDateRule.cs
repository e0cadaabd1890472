using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Domain;

/// <summary>A completion happens on or after the event's date and never in the future (today is the
/// business time zone's date), so a completion can neither precede its meeting nor be logged ahead.</summary>
public static class CompletionDateRule
{
    /// <summary>Adds a violation when <paramref name="completed"/> is after <paramref name="today"/>.</summary>
    public static void CheckNotFuture(Validation validation, string field, DateOnly completed, DateOnly today) =>
        validation.Require(completed <= today, field,
            $"The completion date {CalendarDates.Format(completed)} is in the future (today is {CalendarDates.Format(today)}).");

    /// <summary>Adds a violation when <paramref name="completed"/> is before <paramref name="eventDate"/>.</summary>
    public static void CheckNotBeforeEvent(Validation validation, string field, DateOnly completed, DateOnly eventDate) =>
        validation.Require(completed >= eventDate, field,
            $"The completion date {CalendarDates.Format(completed)} is before the event date {CalendarDates.Format(eventDate)}.");
}
