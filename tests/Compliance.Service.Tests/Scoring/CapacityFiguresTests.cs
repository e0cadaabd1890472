using Segmentation.Compliance.Scoring;
using static Segmentation.Compliance.Tests.Scoring.Given;

namespace Segmentation.Compliance.Tests.Scoring;

/// <summary>Issue 15 capacity: missing events over each client's months left against completions of the last 90 days / 3.</summary>
public sealed class CapacityFiguresTests
{
    private static ClientWorkload Client(string asOf, int expected, int actual, int recent, int? year = null)
    {
        var assessment = Assessment(asOf, year: year, types: [Type("SLA_REVIEW", expected)]);
        return ClientWorkload.From(ComplianceCalculator.Score(assessment, Counts(("SLA_REVIEW", actual))), None, recent);
    }

    [Fact]
    public void The_needed_pace_spreads_each_clients_gap_over_its_own_months_left()
    {
        // 2025-06-02 → Dec 31: 6 months. 6 missing → 1.00 a month; 3 missing → 0.50; recent 3 in 90 days → 1.00.
        var capacity = CapacityFigures.Of([Client("2025-06-02", 8, 2, recent: 2), Client("2025-06-02", 4, 1, recent: 1)]);

        Assert.Equal((9, 6, 1.00m, 1.50m, true),
            (capacity.OutstandingRequired, capacity.MonthsLeft, capacity.RecentPacePerMonth, capacity.NeededPacePerMonth, capacity.Overloaded));
    }

    [Fact]
    public void A_cse_keeping_pace_is_not_overloaded_and_one_with_nothing_missing_needs_nothing()
    {
        var keeping = CapacityFigures.Of([Client("2025-06-02", 6, 3, recent: 3)]);   // 3 over 6 months = 0.50 ≤ 1.00
        var done = CapacityFigures.Of([Client("2025-06-02", 2, 2, recent: 0)]);

        Assert.False(keeping.Overloaded);
        Assert.Equal((0, 0, 0m, false), (done.OutstandingRequired, done.MonthsLeft, done.NeededPacePerMonth, done.Overloaded));
    }

    [Fact]
    public void A_passed_deadline_asks_for_every_missing_event_now()
    {
        var late = CapacityFigures.Of([Client("2026-02-01", 4, 0, recent: 0, year: 2025)]);

        Assert.Equal((0, 4m, true), (late.MonthsLeft, late.NeededPacePerMonth, late.Overloaded));
    }
}
