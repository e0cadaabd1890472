using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Domain;

/// <summary>SPEC §4: a change closes the open period the day before the new one starts. Requests
/// that would overlap or go back before the last change are refused.</summary>
public static class SegmentChangePlanner
{
    /// <param name="history">The client's periods, any order.</param>
    /// <param name="currentSegment">nps_clients.segment, used only when there is no history.</param>
    /// <param name="clientCreatedOn">When the client row was created, to date a back-filled period.</param>
    public static SegmentChangePlan Plan(
        IReadOnlyList<Period> history, string? currentSegment, DateOnly clientCreatedOn, string segment, DateOnly effectiveFrom)
    {
        var last = history.MaxBy(p => p.From);
        if (last is null) return new SegmentChangePlan(Backfill(currentSegment, clientCreatedOn, effectiveFrom), null, segment, effectiveFrom);

        if (effectiveFrom <= last.From)
        {
            throw new PreconditionFailedException(
                $"A segment change must start after the current period, which began on {CalendarDates.Format(last.From)}; " +
                $"{CalendarDates.Format(effectiveFrom)} is back-dated before the last change.");
        }
        if (last.To is { } to && effectiveFrom <= to)
        {
            throw new PreconditionFailedException(
                $"A change effective {CalendarDates.Format(effectiveFrom)} would overlap the period " +
                $"{CalendarDates.Format(last.From)} to {CalendarDates.Format(to)}.");
        }
        return new SegmentChangePlan(null, last.To is null ? effectiveFrom.AddDays(-1) : null, segment, effectiveFrom);
    }

    /// <summary>A client known only from nps_clients gets its current segment recorded as a period
    /// ending the day before the change, so the change itself is visible in the year's assessment.</summary>
    private static Period? Backfill(string? currentSegment, DateOnly createdOn, DateOnly effectiveFrom)
    {
        if (string.IsNullOrEmpty(currentSegment)) return null;
        var from = createdOn < new DateOnly(effectiveFrom.Year, 1, 1) ? createdOn : new DateOnly(effectiveFrom.Year, 1, 1);
        if (from >= effectiveFrom) from = effectiveFrom.AddDays(-1);
        return new Period(currentSegment, from, effectiveFrom.AddDays(-1), "Segment before the first recorded change");
    }
}
