using Segmentation.Requirements.Domain;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Tests.Domain;

public sealed class SegmentChangePlannerTests
{
    private static readonly DateOnly Created = new(2023, 5, 10);

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Closes_the_open_period_the_day_before()
    {
        var plan = SegmentChangePlanner.Plan([new Period("Nurture", D("2024-01-01"), null)], "Nurture", Created, "Giant", D("2025-09-01"));

        Assert.Equal(D("2025-08-31"), plan.CloseOpenPeriodOn);
        Assert.Null(plan.Backfill);
        Assert.Equal(("Giant", D("2025-09-01")), (plan.Segment, plan.EffectiveFrom));
    }

    [Theory]
    [InlineData("2024-01-01")] // same day as the current period
    [InlineData("2023-12-31")] // before it
    public void Refuses_a_change_back_dated_before_the_last_change(string from)
    {
        var error = Assert.Throws<PreconditionFailedException>(() =>
            SegmentChangePlanner.Plan([new Period("Nurture", D("2024-01-01"), null)], "Nurture", Created, "Giant", D(from)));

        Assert.Contains("2024-01-01", error.Message);
    }

    [Fact]
    public void Refuses_a_change_inside_a_closed_last_period()
    {
        Assert.Throws<PreconditionFailedException>(() => SegmentChangePlanner.Plan(
            [new Period("Nurture", D("2024-01-01"), D("2024-12-31"))], "Nurture", Created, "Giant", D("2024-06-01")));
    }

    [Fact]
    public void A_client_without_history_gets_its_current_segment_back_filled()
    {
        var plan = SegmentChangePlanner.Plan([], "Maintain", Created, "Leverage", D("2025-09-01"));

        Assert.Equal(new Period("Maintain", Created, D("2025-08-31"), plan.Backfill!.Notes), plan.Backfill);
        Assert.Null(plan.CloseOpenPeriodOn);
    }

    [Fact]
    public void A_back_filled_period_never_starts_after_the_change()
    {
        var plan = SegmentChangePlanner.Plan([], "Maintain", D("2025-11-01"), "Leverage", D("2025-01-01"));

        Assert.Equal((D("2024-12-31"), D("2024-12-31")), (plan.Backfill!.From, plan.Backfill.To!.Value));
    }
}
