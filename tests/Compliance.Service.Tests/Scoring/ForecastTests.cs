using Segmentation.Compliance.Scoring;
using static Segmentation.Compliance.Tests.Scoring.Given;
using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class ForecastTests
{
    [Fact]
    public void A_client_at_100_exits_early()
    {
        var forecast = ForecastCalculator.Forecast(Score(3, 3, "2025-06-15"), None);

        Assert.Equal((100, 100, "compliant"), (forecast.CurrentScore, forecast.PredictedScore, forecast.PredictedStatus));
        Assert.Equal((1.0m, 0m, "low"), (forecast.Confidence, forecast.Risk, forecast.RiskLevel));
        Assert.Empty(forecast.RiskFactors);
        Assert.Equal(["Compliance achieved - maintain current engagement levels"], forecast.RecommendedActions);
        Assert.Empty(forecast.PriorityEventTypes);
        Assert.Empty(forecast.SuggestedEvents);
        Assert.Equal((6, 6, D("2025-06-15")), (forecast.MonthsRemaining, forecast.CurrentMonth, forecast.PredictionDate));
    }

    [Theory]
    [InlineData("2025-06-15", 5, 100, "compliant")] // SPEC §7: June with 5 of 10 → 100
    [InlineData("2025-10-15", 6, 70, "at-risk")]    // October with 6 of 10 → 70
    [InlineData("2025-12-15", 8, 80, "at-risk")]    // December with 8 of 10 → 80
    [InlineData("2025-03-15", 2, 80, "at-risk")]    // March with 2 of 10: 2 + round(2/3 × 9) = 8
    [InlineData("2025-01-15", 0, 0, "critical")]
    public void Worked_examples_of_the_projection(string asOf, int compliant, int predicted, string status)
    {
        var forecast = ForecastCalculator.Forecast(Score(compliant, 10, asOf), None);

        Assert.Equal((predicted, status), (forecast.PredictedScore, forecast.PredictedStatus));
    }

    [Fact]
    public void October_with_6_of_10_in_full()
    {
        var forecast = ForecastCalculator.Forecast(Score(6, 10, "2025-10-15"), None);

        Assert.Equal((60, 70, "at-risk", 2, 10), (forecast.CurrentScore, forecast.PredictedScore, forecast.PredictedStatus,
            forecast.MonthsRemaining, forecast.CurrentMonth));
        Assert.Equal(0.93m, forecast.Confidence);  // 0.6 + 0.2 × 10/12 + 0.2 × 10/12
        Assert.Equal(0.43m, forecast.Risk);        // 0.4 × 0.4 + 0.3 × 0.9 + 0
        Assert.Equal("moderate", forecast.RiskLevel);
        Assert.Equal(
            [RiskFactors.SlowPace, "Only 2 month(s) remaining - accelerate event scheduling"],
            forecast.RiskFactors);
        Assert.Equal(["T07", "T08", "T09", "T10"], forecast.PriorityEventTypes);
        // One event each, interval floor(2 × 30 / 2) = 30 days: Friday November 14.
        Assert.Equal(4, forecast.SuggestedEvents.Count);
        Assert.All(forecast.SuggestedEvents, s => Assert.Equal((D("2025-11-14"), "high", 10), (s.Date, s.Urgency, s.ComplianceImpact)));
        Assert.Equal(["Schedule 4 more event(s) before 2025-12-31 to close the remaining gaps"], forecast.RecommendedActions);
    }

    [Fact]
    public void November_with_the_extended_deadline_gives_confidence_084()
    {
        var forecast = ForecastCalculator.Forecast(Score(3, 6, "2025-11-27", changed: true), None);

        Assert.Equal((0.84m, 7), (forecast.Confidence, forecast.MonthsRemaining));
        Assert.DoesNotContain(forecast.RiskFactors, f => f.StartsWith("Only", StringComparison.Ordinal));
        Assert.Contains("Segment changed in 2025 - events until 2026-06-30 still count towards this year", forecast.RecommendedActions);
    }

    [Fact]
    public void Without_the_extension_November_leaves_one_month()
    {
        var forecast = ForecastCalculator.Forecast(Score(3, 6, "2025-11-27"), None);

        Assert.Equal((0.97m, 1), (forecast.Confidence, forecast.MonthsRemaining));
        Assert.Contains("Only 1 month(s) remaining - accelerate event scheduling", forecast.RiskFactors);
        Assert.All(forecast.SuggestedEvents, s => Assert.Equal("critical", s.Urgency));
    }

    [Fact]
    public void A_deadline_already_passed()
    {
        var forecast = ForecastCalculator.Forecast(Score(1, 2, "2026-01-15", year: 2025), None);

        Assert.Equal((50, 50, 0, 1), (forecast.CurrentScore, forecast.PredictedScore, forecast.MonthsRemaining, forecast.CurrentMonth));
        Assert.Equal(["Deadline passed with 1 event type(s) below target"], forecast.RiskFactors);
        Assert.Equal(["Deadline 2025-12-31 has passed - review the 1 event type(s) below target with the client"], forecast.RecommendedActions);
        Assert.Equal(1.0m, forecast.Confidence);
        Assert.Empty(forecast.SuggestedEvents);
        Assert.Equal(0.47m, forecast.Risk); // 0.4 × 0.5 + 0.3 × 0.9 + 0
    }

    [Fact]
    public void Priority_types_are_ordered_by_priority_then_percentage_then_code_and_limited_to_five()
    {
        var assessment = Assessment("2025-06-02", types:
        [
            Type("LOW_A", 2, PriorityLevels.Low), Type("MED_B", 2), Type("MED_A", 4), Type("HIGH_A", 2, PriorityLevels.High),
            Type("CRIT_B", 2, PriorityLevels.Critical), Type("CRIT_A", 2, PriorityLevels.Critical), Type("MED_C", 2), Type("DONE", 1, PriorityLevels.Critical),
        ]);
        var score = ComplianceCalculator.Score(assessment,
            Counts(("CRIT_B", 1), ("MED_A", 1), ("MED_B", 1), ("DONE", 1)));

        var forecast = ForecastCalculator.Forecast(score, None);

        Assert.Equal(["CRIT_A", "CRIT_B", "HIGH_A", "MED_C", "MED_A"], forecast.PriorityEventTypes);
        Assert.Equal(["CRIT_A", "CRIT_B", "HIGH_A", "MED_C", "MED_A"], forecast.SuggestedEvents.Select(s => s.Type.Code).Distinct());
        Assert.Contains("2 critical event type(s) below target", forecast.RiskFactors);
        Assert.Equal("Prioritise critical event types: CRIT_A, CRIT_B", forecast.RecommendedActions[0]);
    }

    [Fact]
    public void Zero_assessed_types_predict_zero_with_an_explanation()
    {
        var forecast = ForecastCalculator.Forecast(ComplianceCalculator.Score(Assessment("2025-06-02"), None), None);

        Assert.Equal((0, 0, "critical"), (forecast.CurrentScore, forecast.PredictedScore, forecast.PredictedStatus));
        Assert.Equal(["No event types are assessed for 2025 - check the client's segment and exclusions"], forecast.RecommendedActions);
        Assert.Empty(forecast.SuggestedEvents);
    }

    [Fact]
    public void Scheduled_but_not_completed_events_never_raise_the_score_they_only_replace_suggestions()
    {
        var score = Score(0, 2, "2025-06-02");

        var without = ForecastCalculator.Forecast(score, None);
        var with = ForecastCalculator.Forecast(score, Counts(("T01", 1)));

        Assert.Equal((without.CurrentScore, without.PredictedScore, without.Risk), (with.CurrentScore, with.PredictedScore, with.Risk));
        Assert.Equal(["T01", "T02"], without.SuggestedEvents.Select(s => s.Type.Code));
        Assert.Equal(["T02"], with.SuggestedEvents.Select(s => s.Type.Code));
        Assert.Equal(
            ["Schedule 1 more event(s) before 2025-12-31 to close the remaining gaps", "Complete the 1 event(s) already scheduled before 2025-12-31"],
            with.RecommendedActions);
    }

    [Fact]
    public void Risk_examples_through_the_forecast()
    {
        // 3 of 6 types met in November without a change: 50 %, 1 month, and 1 critical type behind of 6.
        var types = new[]
        {
            Type("A", 1, PriorityLevels.Critical), Type("B", 1), Type("C", 1), Type("D", 1), Type("E", 1), Type("F", 1, PriorityLevels.Critical),
        };
        var score = ComplianceCalculator.Score(Assessment("2025-11-10", types: types), Counts(("A", 1), ("B", 1), ("C", 1)));

        var forecast = ForecastCalculator.Forecast(score, None);

        Assert.Equal((0.52m, "moderate"), (forecast.Risk, forecast.RiskLevel));
    }
}
