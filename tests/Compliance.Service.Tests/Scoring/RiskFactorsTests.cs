using Segmentation.Compliance.Scoring;
using static Segmentation.Compliance.Tests.Scoring.Given;
using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class RiskFactorsTests
{
    private static IReadOnlyList<string> FactorsOf(ClientScore score)
    {
        var a = score.Assessment;
        var projection = Projection.For(score.CompliantTypes, score.TotalTypes, Months.Elapsed(a.Year, a.AsOf, a.Deadline), a.MonthsToDeadline);
        return RiskFactors.For(score, projection);
    }

    [Fact]
    public void All_four_factors_in_spec_order()
    {
        // Slow pace needs months left, so check the first three in November …
        var types = new[] { Type("A", 1, PriorityLevels.Critical), Type("B", 1, PriorityLevels.Critical), Type("C", 1) };
        var november = ComplianceCalculator.Score(Assessment("2025-11-10", types: types), Counts(("C", 1)));

        Assert.Equal(
        [
            "Slow completion rate - current pace will not achieve full compliance",
            "Only 1 month(s) remaining - accelerate event scheduling",
            "2 critical event type(s) below target",
        ], FactorsOf(november));

        // … and the passed deadline in January of the next year.
        var january = ComplianceCalculator.Score(Assessment("2026-01-05", year: 2025, types: types), Counts(("C", 1)));
        Assert.Equal(["2 critical event type(s) below target", "Deadline passed with 2 event type(s) below target"], FactorsOf(january));
    }

    [Fact]
    public void A_good_pace_far_from_the_deadline_has_no_factor()
    {
        // 2 of 3 met by February: rate 1 per month, 10 months left.
        var types = new[] { Type("A", 1), Type("B", 1), Type("C", 1) };
        var score = ComplianceCalculator.Score(Assessment("2025-02-10", types: types), Counts(("A", 1), ("B", 1)));

        Assert.Empty(FactorsOf(score));
    }

    [Fact]
    public void Three_months_left_is_not_near_and_two_is()
    {
        Assert.DoesNotContain(FactorsOf(Score(0, 2, "2025-09-30")), f => f.StartsWith("Only", StringComparison.Ordinal));
        Assert.Contains("Only 2 month(s) remaining - accelerate event scheduling", FactorsOf(Score(0, 2, "2025-10-01")));
    }

    [Fact]
    public void The_deadline_month_itself_is_near_not_passed()
    {
        Assert.Contains("Only 0 month(s) remaining - accelerate event scheduling", FactorsOf(Score(0, 2, "2025-12-31")));
        Assert.DoesNotContain(FactorsOf(Score(0, 2, "2025-12-31")), f => f.StartsWith("Deadline passed", StringComparison.Ordinal));
    }
}
