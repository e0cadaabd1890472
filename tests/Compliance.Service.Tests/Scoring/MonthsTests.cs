using Segmentation.Compliance.Scoring;
using static Segmentation.Compliance.Tests.Scoring.Given;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class MonthsTests
{
    [Theory]
    [InlineData("2025-11-27", "2025-12-31", 1)] // SPEC §5 example without a change
    [InlineData("2025-11-27", "2026-06-30", 7)] // … and with one
    [InlineData("2025-12-31", "2025-12-31", 0)]
    [InlineData("2026-01-01", "2025-12-31", 0)] // passed: never negative
    [InlineData("2025-01-01", "2025-12-31", 11)]
    [InlineData("2026-06-30", "2026-06-30", 0)]
    [InlineData("2026-07-01", "2026-06-30", 0)]
    public void Months_to_deadline(string asOf, string deadline, int months) =>
        Assert.Equal(months, Months.ToDeadline(D(deadline), D(asOf)));

    [Theory]
    [InlineData("2025-01-01", "2025-12-31", 1)]
    [InlineData("2025-06-30", "2025-12-31", 6)]
    [InlineData("2025-07-01", "2025-12-31", 7)]
    [InlineData("2025-12-31", "2025-12-31", 12)]
    [InlineData("2026-01-01", "2025-12-31", 12)] // clamped to the 12-month window
    [InlineData("2026-01-01", "2026-06-30", 13)] // the extended window is 18 months long
    [InlineData("2026-07-01", "2026-06-30", 18)]
    [InlineData("2024-12-31", "2025-12-31", 0)]  // the year has not started
    public void Months_elapsed_since_January_of_the_year(string asOf, string deadline, int months) =>
        Assert.Equal(months, Months.Elapsed(2025, D(asOf), D(deadline)));

    [Fact]
    public void The_window_is_12_or_18_months_long()
    {
        Assert.Equal(12, Months.WindowLength(2025, D("2025-12-31")));
        Assert.Equal(18, Months.WindowLength(2025, D("2026-06-30")));
    }
}
