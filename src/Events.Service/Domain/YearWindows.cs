using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Domain;

/// <summary>SPEC §5's two possible event windows of a year at asOf: from Jan 1 to the deadline, which is Dec 31
/// (<see cref="YearEnd"/>) or, after a segment change in the year, Jun 30 of the next (<see cref="Extended"/>;
/// never past the accepted date range). Completed events count up to min(deadline, asOf); scheduled ones
/// that can still help are dated after asOf and by the deadline (SPEC §6, §7).</summary>
public sealed record YearWindows(DateOnly Start, DateOnly YearEnd, DateOnly Extended, DateOnly AsOf)
{
    public static YearWindows For(int year, DateOnly asOf)
    {
        var extended = new DateOnly(Math.Min(year + 1, CalendarDates.Latest.Year), 6, 30);
        return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), extended < CalendarDates.Latest ? extended : CalendarDates.Latest, asOf);
    }

    public DateOnly CompletedEnd(DateOnly deadline) => deadline < AsOf ? deadline : AsOf;

    public DateOnly ScheduledStart => AsOf.AddDays(1) > Start ? AsOf.AddDays(1) : Start;
}
