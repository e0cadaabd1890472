using Segmentation.Compliance.V1;

namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>API.md workload capacity: missing required events against the months left, and whether the CSE's recent
/// pace (completions in the last 90 days / 3) covers the pace needed.</summary>
public sealed record CapacityDto(int OutstandingRequired, int MonthsLeft, double RecentPacePerMonth, double NeededPacePerMonth, bool Overloaded)
{
    public static CapacityDto? From(Capacity? c) =>
        c is null ? null : new(c.OutstandingRequired, c.MonthsLeft, c.RecentPacePerMonth, c.NeededPacePerMonth, c.Overloaded);
}
