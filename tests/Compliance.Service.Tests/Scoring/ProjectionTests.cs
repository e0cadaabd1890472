using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class ProjectionTests
{
    [Theory]
    [InlineData(5, 10, 6, 6, 100)]  // SPEC §7: June with 5 of 10 → 100
    [InlineData(6, 10, 10, 2, 70)]  // October with 6 of 10 → 70
    [InlineData(8, 10, 12, 0, 80)]  // December with 8 of 10 → 80
    [InlineData(0, 10, 6, 6, 0)]    // nothing compliant yet: no pace at all
    [InlineData(1, 4, 4, 2, 50)]    // 1/4 × 2 = 0.5 exactly → 1 more type, away from zero
    [InlineData(3, 3, 5, 7, 100)]   // never more than all types
    public void Predicted_year_end_score(int compliant, int total, int elapsed, int remaining, int predicted) =>
        Assert.Equal(predicted, Projection.For(compliant, total, elapsed, remaining).PredictedScore);

    [Fact]
    public void No_elapsed_month_gives_a_rate_of_zero()
    {
        var projection = Projection.For(2, 10, 0, 12);

        Assert.Equal((0m, 2, 20), (projection.Rate, projection.ProjectedTypes, projection.PredictedScore));
    }

    [Fact]
    public void Zero_types_predict_zero()
    {
        Assert.Equal(0, Projection.For(0, 0, 6, 6).PredictedScore);
    }
}
