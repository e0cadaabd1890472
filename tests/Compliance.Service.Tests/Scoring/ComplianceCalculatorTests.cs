using Segmentation.Compliance.Scoring;
using static Segmentation.Compliance.Tests.Scoring.Given;
using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class ComplianceCalculatorTests
{
    [Fact]
    public void Each_type_gets_actual_percentage_and_status()
    {
        var assessment = Assessment("2025-11-27", types: [Type("INSIGHT_TP", 12), Type("SLA_REVIEW", 2), Type("CE_ONSITE", 1)]);

        var score = ComplianceCalculator.Score(assessment, Counts(("INSIGHT_TP", 6), ("SLA_REVIEW", 2), ("CE_ONSITE", 3)));

        var byCode = score.Types.ToDictionary(t => t.Type.Code);
        Assert.Equal((6, 50, "at-risk"), (byCode["INSIGHT_TP"].Actual, byCode["INSIGHT_TP"].Percentage, byCode["INSIGHT_TP"].Status));
        Assert.Equal((2, 100, "compliant"), (byCode["SLA_REVIEW"].Actual, byCode["SLA_REVIEW"].Percentage, byCode["SLA_REVIEW"].Status));
        Assert.Equal((3, 300, "exceeded"), (byCode["CE_ONSITE"].Actual, byCode["CE_ONSITE"].Percentage, byCode["CE_ONSITE"].Status));
        Assert.Equal(2, score.CompliantTypes);
        Assert.Equal(3, score.TotalTypes);
        Assert.Equal(67, score.OverallScore);
        Assert.Equal("at-risk", score.OverallStatus);
    }

    [Fact]
    public void One_of_eight_events_is_13_percent_and_critical()
    {
        var score = ComplianceCalculator.Score(Assessment("2025-06-01", types: [Type("UPDATE_360", 8)]), Counts(("UPDATE_360", 1)));

        Assert.Equal(13, score.Types[0].Percentage);
        Assert.Equal("critical", score.Types[0].Status);
    }

    [Fact]
    public void Exceeding_one_type_never_makes_up_for_another()
    {
        var score = ComplianceCalculator.Score(
            Assessment("2025-12-31", types: [Type("STRAT_OPS", 1), Type("SAT_PLAN", 1)]), Counts(("STRAT_OPS", 5)));

        Assert.Equal(50, score.OverallScore);
        Assert.Equal("at-risk", score.OverallStatus);
    }

    [Theory]
    [InlineData(8, 8, 100, "compliant")]
    [InlineData(7, 8, 88, "at-risk")]   // 87.5 → 88
    [InlineData(4, 8, 50, "at-risk")]
    [InlineData(3, 8, 38, "critical")]  // 37.5 → 38
    [InlineData(1, 8, 13, "critical")]  // 12.5 → 13
    [InlineData(0, 8, 0, "critical")]
    public void Overall_score_is_the_rounded_share_of_types_at_100(int compliant, int total, int overall, string status)
    {
        var score = Score(compliant, total, "2025-10-15");

        Assert.Equal(overall, score.OverallScore);
        Assert.Equal(status, score.OverallStatus);
    }

    [Fact]
    public void With_zero_assessed_types_the_score_is_0_and_nothing_is_listed()
    {
        var score = ComplianceCalculator.Score(Assessment("2025-10-15"), Counts(("INSIGHT_TP", 4)));

        Assert.Empty(score.Types);
        Assert.Equal((0, 0, "critical"), (score.OverallScore, score.TotalTypes, score.OverallStatus));
    }

    [Fact]
    public void A_required_count_of_zero_is_not_assessed()
    {
        var score = ComplianceCalculator.Score(
            Assessment("2025-10-15", types: [Type("PGL_ENGAGE", 0, PriorityLevels.Low), Type("STRAT_OPS", 1)]), Counts(("STRAT_OPS", 1)));

        Assert.Equal(["STRAT_OPS"], score.Types.Select(t => t.Type.Code));
        Assert.Equal(100, score.OverallScore);
    }

    [Fact]
    public void Events_of_an_excluded_type_do_not_count()
    {
        // SAT_PLAN is excluded for this client, so the assessment does not list it.
        var assessment = Assessment("2025-10-15", types: [Type("STRAT_OPS", 1), Type("INSIGHT_TP", 12)]);

        var score = ComplianceCalculator.Score(assessment, Counts(("STRAT_OPS", 1), ("SAT_PLAN", 3)));

        Assert.DoesNotContain(score.Types, t => t.Type.Code == "SAT_PLAN");
        Assert.Equal((1, 2, 50), (score.CompliantTypes, score.TotalTypes, score.OverallScore));
    }

    [Fact]
    public void Types_are_ordered_by_percentage_then_priority_then_code()
    {
        var assessment = Assessment("2025-10-15", types:
        [
            Type("ZETA", 2, PriorityLevels.Low), Type("BETA", 2, PriorityLevels.Medium), Type("ALPHA", 2, PriorityLevels.Medium),
            Type("GAMMA", 2, PriorityLevels.Critical), Type("DONE", 1, PriorityLevels.Critical), Type("NONE", 4, PriorityLevels.High),
        ]);

        var score = ComplianceCalculator.Score(assessment,
            Counts(("ZETA", 1), ("BETA", 1), ("ALPHA", 1), ("GAMMA", 1), ("DONE", 1)));

        Assert.Equal(["NONE", "GAMMA", "ALPHA", "BETA", "ZETA", "DONE"], score.Types.Select(t => t.Type.Code));
    }

    [Fact]
    public void Counts_match_event_type_ids_whatever_their_letter_case()
    {
        var assessment = Assessment("2025-10-15", types: [Type("STRAT_OPS", 2)]);

        var score = ComplianceCalculator.Score(assessment, new Dictionary<string, int> { [IdOf("STRAT_OPS").ToUpperInvariant()] = 1 });

        Assert.Equal(1, score.Types[0].Actual);
    }

    [Fact]
    public void A_client_who_moved_up_is_scored_against_the_higher_count()
    {
        // Maintain → Giant in 2025: Requirements hands over MAX(1, 12) = 12 CE on-site visits.
        var assessment = Assessment("2025-11-27", changed: true, types: [Type("CE_ONSITE", 12, PriorityLevels.High)]);

        var score = ComplianceCalculator.Score(assessment, Counts(("CE_ONSITE", 6)));

        Assert.Equal((50, "at-risk"), (score.Types[0].Percentage, score.Types[0].Status));
    }

    [Fact]
    public void A_client_who_moved_down_keeps_credit_for_events_beyond_the_lower_count()
    {
        // Giant → Leverage: MAX(4, 1) = 4 EVP engagements; all four done is exactly compliant, not exceeded.
        var assessment = Assessment("2025-11-27", changed: true, types: [Type("EVP_ENGAGE", 4, PriorityLevels.Critical)]);

        var score = ComplianceCalculator.Score(assessment, Counts(("EVP_ENGAGE", 4)));

        Assert.Equal((100, "compliant", 100), (score.Types[0].Percentage, score.Types[0].Status, score.OverallScore));
    }
}
