using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class ConfidenceTests
{
    [Theory]
    [InlineData(11, 7, 0.84)]  // SPEC §7: November with the extended deadline
    [InlineData(11, 1, 0.97)]  // November without a change: 0.6 + 0.1833 + 0.1833
    [InlineData(12, 0, 1.0)]   // December: all known
    [InlineData(1, 11, 0.63)]  // January
    [InlineData(0, 12, 0.6)]   // before the year starts
    [InlineData(0, 0, 1.0)]    // t = 0
    public void Confidence_reported_with_two_decimals(int elapsed, int remaining, double expected) =>
        Assert.Equal((decimal)expected, Percent.TwoDecimals(Confidence.Of(elapsed, remaining)));

    [Fact]
    public void Confidence_stays_within_its_bounds()
    {
        for (var e = 0; e <= 18; e++)
        {
            for (var r = 0; r <= 18; r++)
            {
                Assert.InRange(Confidence.Of(e, r), 0.3m, 1m);
            }
        }
    }
}
