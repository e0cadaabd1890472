namespace Segmentation.Compliance.Scoring;

/// <summary>One assessed event type: expected, actual (completed in the window), percentage and status.</summary>
public sealed record TypeCompliance(ExpectedType Type, int Actual, int Percentage, string Status)
{
    public int Expected => Type.Expected;

    public bool IsMet => Percentage >= 100;

    /// <summary>Events still missing, never negative.</summary>
    public int Outstanding => Math.Max(0, Type.Expected - Actual);
}
