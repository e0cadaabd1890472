using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class RiskTests
{
    [Theory]
    [InlineData(80, 4, 0, 6, 0.26, "low")]       // SPEC §7 examples
    [InlineData(50, 2, 1, 6, 0.52, "moderate")]
    [InlineData(20, 1, 3, 6, 0.74, "high")]
    [InlineData(0, 0, 6, 6, 0.97, "high")]       // worst possible
    [InlineData(100, 12, 0, 6, 0.06, "low")]
    public void Risk_score_and_level(int score, int remaining, int criticalBehind, int total, double risk, string level)
    {
        var reported = Percent.TwoDecimals(Risk.Score(score, remaining, criticalBehind, total));

        Assert.Equal((decimal)risk, reported);
        Assert.Equal(level, Risk.Level(reported));
    }

    [Theory]
    [InlineData(0, 0.9)]
    [InlineData(2, 0.9)]
    [InlineData(3, 0.6)]
    [InlineData(4, 0.6)]
    [InlineData(5, 0.4)]
    [InlineData(6, 0.4)]
    [InlineData(7, 0.2)]
    [InlineData(18, 0.2)]
    public void Time_risk_bands(int remaining, double timeRisk) =>
        Assert.Equal((decimal)timeRisk, Risk.TimeRisk(remaining));

    [Theory]
    [InlineData(0.39, "low")]
    [InlineData(0.40, "moderate")]
    [InlineData(0.69, "moderate")]
    [InlineData(0.70, "high")]
    [InlineData(1.00, "high")]
    public void Level_bands(double score, string level)
    {
        Assert.Equal(level, Risk.Level((decimal)score));
        Assert.Equal(level == "high", Risk.IsHigh((decimal)score));
    }

    [Fact]
    public void No_assessed_type_means_no_critical_share()
    {
        Assert.Equal(0.4m + 0.3m * 0.2m, Risk.Score(0, 12, 0, 0));
    }
}
