namespace Segmentation.Compliance.Scoring;

/// <summary>Whole percentages with halves rounded away from zero (SPEC §6: 12.5 → 13), computed in
/// decimal so exact halves stay exact.</summary>
public static class Percent
{
    public static int Of(int part, int whole) =>
        whole == 0 ? 0 : (int)Math.Round(part * 100m / whole, MidpointRounding.AwayFromZero);

    public static int Round(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>Scores reported with two decimals (SPEC §7).</summary>
    public static decimal TwoDecimals(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
