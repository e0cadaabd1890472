namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §7: more elapsed and less remaining time gives a surer forecast.</summary>
public static class Confidence
{
    /// <summary>clamp(0.6 + 0.2·e/t + 0.2·(1 − r/t), 0.3, 1), t = e + r; 1.0 when t = 0. Unrounded.</summary>
    public static decimal Of(int monthsElapsed, int monthsRemaining)
    {
        var total = monthsElapsed + monthsRemaining;
        if (total == 0) return 1m;
        var value = 0.6m + 0.2m * monthsElapsed / total + 0.2m * (1m - (decimal)monthsRemaining / total);
        return Math.Clamp(value, 0.3m, 1m);
    }
}
