using Segmentation.Compliance.Scoring;
using static Segmentation.Compliance.Tests.Scoring.Given;
using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class EventSuggesterTests
{
    private static IReadOnlyList<SuggestedEvent> Suggest(ClientAssessment assessment, Dictionary<string, int> completed,
        Dictionary<string, int>? scheduled = null)
    {
        var score = ComplianceCalculator.Score(assessment, completed);
        return EventSuggester.For(score, score.Types.Where(t => !t.IsMet), scheduled ?? None);
    }

    [Fact]
    public void Dates_are_spread_evenly_over_the_months_left()
    {
        // June 2 (Monday), 6 months left, 2 events to go: interval = floor(6 × 30 / 3) = 60 days.
        var suggestions = Suggest(Assessment("2025-06-02", types: [Type("STRAT_OPS", 2)]), None);

        Assert.Equal([D("2025-08-01"), D("2025-09-30")], suggestions.Select(s => s.Date));
        Assert.All(suggestions, s => Assert.Equal("2 of 2 required events remaining", s.Reason));
        Assert.All(suggestions, s => Assert.Equal(100, s.ComplianceImpact));
        Assert.All(suggestions, s => Assert.Equal("STRAT_OPS", s.Type.Code));
    }

    [Fact]
    public void Saturday_moves_two_days_and_Sunday_one_day_to_Monday()
    {
        // Interval 45 days: from June 4 the first date is Saturday July 19; from June 5 it is Sunday July 20.
        var fromWednesday = Suggest(Assessment("2025-06-04", types: [Type("SLA_REVIEW", 3)]), None);
        var fromThursday = Suggest(Assessment("2025-06-05", types: [Type("SLA_REVIEW", 3)]), None);

        Assert.Equal([D("2025-07-21"), D("2025-09-02"), D("2025-10-17")], fromWednesday.Select(s => s.Date));
        Assert.Equal([D("2025-07-21"), D("2025-09-03"), D("2025-10-20")], fromThursday.Select(s => s.Date));
        Assert.All(fromWednesday.Concat(fromThursday), s => Assert.True(s.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
    }

    [Fact]
    public void At_most_three_dates_per_type()
    {
        var suggestions = Suggest(Assessment("2025-06-02", types: [Type("INSIGHT_TP", 12)]), Counts(("INSIGHT_TP", 2)));

        // 10 remaining: interval = floor(180 / 11) = 16 days.
        Assert.Equal([D("2025-06-18"), D("2025-07-04"), D("2025-07-21")], suggestions.Select(s => s.Date));
        Assert.Equal("10 of 12 required events remaining", suggestions[0].Reason);
    }

    [Fact]
    public void Already_scheduled_events_are_subtracted_before_dates_are_suggested()
    {
        var assessment = Assessment("2025-06-02", types: [Type("SLA_REVIEW", 4), Type("STRAT_OPS", 2)]);

        var suggestions = Suggest(assessment, Counts(("SLA_REVIEW", 1)), Counts(("SLA_REVIEW", 1), ("STRAT_OPS", 2)));

        // SLA_REVIEW: 4 − 1 done − 1 scheduled = 2 to place; STRAT_OPS fully scheduled: nothing.
        Assert.Equal(["SLA_REVIEW", "SLA_REVIEW"], suggestions.Select(s => s.Type.Code));
        Assert.Equal("2 of 4 required events remaining", suggestions[0].Reason);
        Assert.Equal([D("2025-08-01"), D("2025-09-30")], suggestions.Select(s => s.Date));
    }

    [Fact]
    public void No_dates_when_the_deadline_has_passed()
    {
        Assert.Empty(Suggest(Assessment("2026-01-15", year: 2025, types: [Type("STRAT_OPS", 2)]), None));
    }

    [Fact]
    public void No_dates_in_the_deadline_month_because_the_interval_is_zero()
    {
        Assert.Empty(Suggest(Assessment("2025-12-01", types: [Type("STRAT_OPS", 2)]), None));
    }

    [Fact]
    public void A_date_moved_off_a_weekend_past_the_deadline_is_dropped()
    {
        // Built by hand: one month left with 1 event gives interval 15; Dec 16 + 15 = Sunday Dec 31 2023 → Jan 1 2024.
        var assessment = new ClientAssessment("C", "Ana", "Maintain", 2023, D("2023-12-16"), D("2023-01-01"), D("2023-12-31"),
            false, 1, [Type("STRAT_OPS", 1)]);

        Assert.Empty(Suggest(assessment, None));
    }

    [Fact]
    public void A_date_on_the_extended_deadline_is_kept()
    {
        // 2026-05-31 with one month left and 1 event: interval 15 → June 15 (Monday), within June 30.
        var suggestions = Suggest(Assessment("2026-05-31", changed: true, year: 2025, types: [Type("STRAT_OPS", 1)]), None);

        Assert.Equal([D("2026-06-15")], suggestions.Select(s => s.Date));
        Assert.All(suggestions, s => Assert.True(s.Date <= D("2026-06-30")));
    }

    [Fact]
    public void Impact_is_one_type_share_of_the_score()
    {
        var types = Enumerable.Range(1, 8).Select(i => Type($"T{i}", 1)).ToArray();

        var suggestions = Suggest(Assessment("2025-06-02", types: types), None);

        Assert.All(suggestions, s => Assert.Equal(13, s.ComplianceImpact)); // 12.5 → 13
    }

    [Theory]
    [InlineData(12, 0, PriorityLevels.Medium, 6, "critical")] // 12 remaining > 6 months
    [InlineData(2, 0, PriorityLevels.Medium, 1, "critical")]  // one month or less
    [InlineData(2, 0, PriorityLevels.Medium, 6, "high")]      // below 50 %
    [InlineData(2, 1, PriorityLevels.Low, 6, "low")]
    [InlineData(2, 1, PriorityLevels.Critical, 6, "medium")]  // the type's priority does not raise urgency
    [InlineData(4, 2, PriorityLevels.High, 6, "medium")]
    public void Urgency(int expected, int actual, string priority, int monthsRemaining, string urgency)
    {
        var type = new TypeCompliance(Type("X", expected, priority), actual, Percent.Of(actual, expected), "");

        Assert.Equal(urgency, EventSuggester.Urgency(type, expected - actual, monthsRemaining));
    }
}
