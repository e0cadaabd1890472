using Segmentation.Requirements.Domain;

namespace Segmentation.Requirements.Tests.Domain;

/// <summary>The deadline and period cases of SPEC §5, without a database.</summary>
public sealed class AssessorTests
{
    private static readonly RequirementMatrix Matrix = SpecMatrix.Create();
    private static readonly DateOnly AsOf = new(2025, 11, 27);

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Period P(string segment, string from, string? to = null) => new(segment, D(from), to is null ? null : D(to));

    private static AssessmentResult Assess(string? current, int year, params Period[] history) =>
        Assessor.Assess(history, current, Matrix, new HashSet<string>(), year, AsOf);

    private static Dictionary<string, int> Counts(AssessmentResult result) => result.Expected.ToDictionary(e => e.EventCode, e => e.Expected);

    [Fact]
    public void Without_history_the_current_segment_is_the_only_period()
    {
        var result = Assess("Maintain", 2025);

        Assert.Equal("Maintain", Assert.Single(result.Periods).Segment);
        Assert.False(result.HasChanged);
        Assert.Null(result.ChangeDate);
        Assert.Equal((D("2025-12-31"), D("2025-12-31")), (result.OriginalDeadline, result.Deadline));
        Assert.Equal((D("2025-01-01"), D("2025-12-31")), (result.WindowStart, result.WindowEnd));
        Assert.Equal(1, result.MonthsToDeadline);
        Assert.Equal(21, result.Expected.Sum(e => e.Expected));
        Assert.Equal(8, result.Expected.Count); // 0-count types (PGL, EVP, HEALTH_CHECK, CLIENT_FORUM) are left out
        Assert.DoesNotContain(result.Expected, e => e.EventCode == "PGL_ENGAGE");
    }

    [Fact]
    public void A_change_in_september_extends_the_deadline_and_holds_the_client_to_the_higher_standard()
    {
        var result = Assess("Sleeping Giant", 2025, P("Nurture", "2024-01-01", "2025-08-31"), P("Sleeping Giant", "2025-09-01"));

        Assert.True(result.HasChanged);
        Assert.Equal(D("2025-09-01"), result.ChangeDate);
        Assert.Equal(("Nurture", "Sleeping Giant"), (result.PreviousSegment, result.CurrentSegment));
        Assert.Equal((D("2025-12-31"), D("2026-06-30")), (result.OriginalDeadline, result.Deadline));
        Assert.Equal((D("2025-01-01"), D("2026-06-30")), (result.WindowStart, result.WindowEnd));
        Assert.Equal(7, result.MonthsToDeadline);
        Assert.Equal(2, result.Periods.Count);
        var counts = Counts(result);
        Assert.Equal(12, counts["SLA_REVIEW"]);
        Assert.Equal(12, counts["UPDATE_360"]); // Sleeping Giant 12 beats Nurture 8
        Assert.Equal(1, counts["HEALTH_CHECK"]);
        Assert.Equal("critical", result.Expected.Single(e => e.EventCode == "EVP_ENGAGE").Priority);
    }

    [Fact]
    public void A_same_segment_reassessment_is_not_a_change()
    {
        var result = Assess("Leverage", 2025, P("Leverage", "2024-01-01", "2025-08-31"), P("Leverage", "2025-09-01"));

        Assert.False(result.HasChanged);
        Assert.Equal("", result.PreviousSegment ?? "");
        Assert.Equal(D("2025-12-31"), result.Deadline);
        Assert.Equal(2, result.Periods.Count);
        Assert.Equal(26, result.Expected.Sum(e => e.Expected));
    }

    [Fact]
    public void A_change_on_january_1_is_a_change_of_that_year_only()
    {
        Period[] history = [P("Collaboration", "2023-05-01", "2024-12-31"), P("Leverage", "2025-01-01")];

        var y2025 = Assess("Leverage", 2025, history);
        var y2024 = Assess("Leverage", 2024, history);

        Assert.True(y2025.HasChanged);
        Assert.Equal(("Collaboration", "Leverage"), (y2025.PreviousSegment, y2025.CurrentSegment));
        Assert.Equal(D("2026-06-30"), y2025.Deadline);
        Assert.Equal("Leverage", Assert.Single(y2025.Periods).Segment);
        Assert.Equal(26, y2025.Expected.Sum(e => e.Expected)); // only Leverage's periods count in 2025
        Assert.False(y2024.HasChanged);
        Assert.Equal(("Collaboration", D("2024-12-31")), (y2024.CurrentSegment, y2024.Deadline));
    }

    [Fact]
    public void A_change_in_a_previous_year_does_not_extend_this_years_deadline()
    {
        var result = Assess("Giant", 2025, P("Sleeping Giant", "2023-01-01", "2024-08-31"), P("Giant", "2024-09-01"));

        Assert.False(result.HasChanged);
        Assert.Equal(D("2025-12-31"), result.Deadline);
        Assert.Equal("Giant", Assert.Single(result.Periods).Segment);
        Assert.Equal(65, result.Expected.Sum(e => e.Expected));
    }

    [Fact]
    public void Two_changes_in_one_year_report_the_latest_and_take_the_max_over_all_three_segments()
    {
        var result = Assess("Giant", 2025,
            P("Maintain", "2024-01-01", "2025-02-28"), P("Leverage", "2025-03-01", "2025-08-31"), P("Giant", "2025-09-01"));

        Assert.True(result.HasChanged);
        Assert.Equal((D("2025-09-01"), "Leverage", "Giant"), (result.ChangeDate, result.PreviousSegment, result.CurrentSegment));
        Assert.Equal(3, result.Periods.Count);
        var counts = Counts(result);
        Assert.Equal(1, counts["SAT_PLAN"]);   // only Maintain requires it
        Assert.Equal(12, counts["SLA_REVIEW"]); // Giant
        Assert.Equal("critical", result.Expected.Single(e => e.EventCode == "SAT_PLAN").Priority);
    }

    [Fact]
    public void Moving_down_keeps_the_higher_counts_of_the_year()
    {
        var result = Assess("Maintain", 2025, P("Giant", "2024-01-01", "2025-06-30"), P("Maintain", "2025-07-01"));

        var counts = Counts(result);
        Assert.Equal(12, counts["SLA_REVIEW"]);
        Assert.Equal(1, counts["PGL_ENGAGE"]);
        Assert.Equal(1, counts["SAT_PLAN"]); // Giant 0, Maintain 1: the max
        Assert.Equal("Maintain", result.CurrentSegment);
    }

    [Fact]
    public void Excluded_event_types_leave_the_assessment()
    {
        var result = Assessor.Assess([P("Giant", "2024-01-01")], "Giant", Matrix, new HashSet<string> { "PGL_ENGAGE", "SLA_REVIEW" }, 2025, AsOf);

        Assert.DoesNotContain(result.Expected, e => e.EventCode is "PGL_ENGAGE" or "SLA_REVIEW");
        Assert.Equal(65 - 1 - 12, result.Expected.Sum(e => e.Expected));
    }

    [Fact]
    public void A_change_on_december_31_is_a_change_of_that_year()
    {
        var result = Assess("Nurture", 2025, P("Maintain", "2024-01-01", "2025-12-30"), P("Nurture", "2025-12-31"));

        Assert.True(result.HasChanged);
        Assert.Equal(D("2026-06-30"), result.Deadline);
        Assert.Equal(2, result.Periods.Count);
    }

    [Fact]
    public void A_change_on_january_1_of_the_next_year_does_not_touch_this_year()
    {
        Period[] history = [P("Maintain", "2024-01-01", "2025-12-31"), P("Nurture", "2026-01-01")];

        var y2025 = Assess("Nurture", 2025, history);
        var y2026 = Assess("Nurture", 2026, history);

        Assert.False(y2025.HasChanged);
        Assert.Equal(("Maintain", 21), (Assert.Single(y2025.Periods).Segment, y2025.Expected.Sum(e => e.Expected)));
        Assert.True(y2026.HasChanged);
        Assert.Equal(D("2027-06-30"), y2026.Deadline);
    }

    [Fact]
    public void A_year_before_the_client_existed_has_no_periods_and_no_expectations()
    {
        var result = Assess("Giant", 2023, P("Giant", "2024-03-01"));

        Assert.Empty(result.Periods);
        Assert.Empty(result.Expected);
        Assert.Equal("Giant", result.CurrentSegment);
    }

    [Fact]
    public void Months_to_deadline_is_zero_once_the_deadline_has_passed()
    {
        var result = Assessor.Assess([], "Maintain", Matrix, new HashSet<string>(), 2024, AsOf);

        Assert.Equal(0, result.MonthsToDeadline);
    }
}
