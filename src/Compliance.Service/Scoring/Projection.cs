namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §7 projection: the current pace of compliant types carried to the deadline.</summary>
public sealed record Projection(int MonthsElapsed, int MonthsRemaining, decimal Rate, int ProjectedTypes, int PredictedScore)
{
    public static Projection For(int compliantTypes, int totalTypes, int monthsElapsed, int monthsRemaining)
    {
        var rate = monthsElapsed > 0 ? (decimal)compliantTypes / monthsElapsed : 0m;
        // rate × remaining as one exact fraction, so a true half rounds away from zero.
        var gained = monthsElapsed > 0 ? Percent.Round((decimal)compliantTypes * monthsRemaining / monthsElapsed) : 0;
        var projected = Math.Min(totalTypes, compliantTypes + gained);
        var predicted = totalTypes == 0 ? 0 : Percent.Of(projected, totalTypes);
        return new Projection(monthsElapsed, monthsRemaining, rate, projected, predicted);
    }
}
