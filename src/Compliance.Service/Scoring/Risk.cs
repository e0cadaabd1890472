namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §7 risk: the score gap, the time left and the share of critical types behind.</summary>
public static class Risk
{
    public const string Low = "low";
    public const string Moderate = "moderate";
    public const string High = "high";

    /// <summary>min(1, 0.4·(100 − score)/100 + 0.3·time_risk + 0.3·critical_share). Unrounded.</summary>
    public static decimal Score(int overallScore, int monthsRemaining, int criticalBehind, int totalTypes)
    {
        var criticalShare = totalTypes == 0 ? 0m : (decimal)criticalBehind / totalTypes;
        var value = 0.4m * (100 - overallScore) / 100 + 0.3m * TimeRisk(monthsRemaining) + 0.3m * criticalShare;
        return Math.Min(1m, value);
    }

    public static decimal TimeRisk(int monthsRemaining) => monthsRemaining switch
    {
        <= 2 => 0.9m,
        <= 4 => 0.6m,
        <= 6 => 0.4m,
        _ => 0.2m,
    };

    /// <summary>Bands on the reported (2-decimal) score, so the figure shown and its band agree.</summary>
    public static string Level(decimal reportedScore) => reportedScore switch
    {
        < 0.4m => Low,
        < 0.7m => Moderate,
        _ => High,
    };

    public static bool IsHigh(decimal reportedScore) => reportedScore >= 0.7m;
}
