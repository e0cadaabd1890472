using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class PercentAndStatusTests
{
    [Theory]
    [InlineData(1, 8, 13)]   // 12.5 → 13: halves away from zero
    [InlineData(3, 8, 38)]   // 37.5 → 38
    [InlineData(5, 8, 63)]   // 62.5 → 63
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(0, 4, 0)]
    [InlineData(4, 4, 100)]
    [InlineData(5, 4, 125)]
    [InlineData(3, 0, 0)]    // nothing expected: 0, never a division by zero
    public void Percentages_round_halves_away_from_zero(int part, int whole, int expected) =>
        Assert.Equal(expected, Percent.Of(part, whole));

    [Theory]
    [InlineData(0, "critical")]
    [InlineData(49, "critical")]
    [InlineData(50, "at-risk")]
    [InlineData(99, "at-risk")]
    [InlineData(100, "compliant")]
    [InlineData(101, "exceeded")]
    [InlineData(300, "exceeded")]
    public void Type_status_boundaries(int percentage, string status) =>
        Assert.Equal(status, Statuses.ForType(percentage));

    [Theory]
    [InlineData(0, "critical")]
    [InlineData(49, "critical")]
    [InlineData(50, "at-risk")]
    [InlineData(99, "at-risk")]
    [InlineData(100, "compliant")]
    [InlineData(101, "compliant")]
    public void Overall_and_predicted_status_boundaries(int score, string status) =>
        Assert.Equal(status, Statuses.ForScore(score));

    [Fact]
    public void Two_decimal_reporting_rounds_halves_away_from_zero()
    {
        Assert.Equal(0.85m, Percent.TwoDecimals(0.845m));
        Assert.Equal(0.84m, Percent.TwoDecimals(0.8444m));
    }
}
