using Segmentation.Requirements.Domain;

namespace Segmentation.Requirements.Tests.Domain;

public sealed class DeadlinesTests
{
    [Theory]
    [InlineData(false, "2025-11-27", 1)]  // SPEC §5 example
    [InlineData(true, "2025-11-27", 7)]   // SPEC §5 example
    [InlineData(false, "2025-12-31", 0)]
    [InlineData(false, "2026-01-01", 0)]  // past the deadline: never negative
    [InlineData(true, "2026-06-30", 0)]
    [InlineData(true, "2025-01-01", 17)]
    public void Months_to_deadline_counts_calendar_months(bool changed, string asOf, int expected)
    {
        var deadline = Deadlines.For(2025, changed);

        Assert.Equal(expected, Deadlines.MonthsTo(deadline, DateOnly.Parse(asOf)));
    }

    [Fact]
    public void The_deadline_is_extended_to_june_30_of_the_next_year_after_a_change()
    {
        Assert.Equal(new DateOnly(2025, 12, 31), Deadlines.For(2025, false));
        Assert.Equal(new DateOnly(2026, 6, 30), Deadlines.For(2025, true));
    }
}
