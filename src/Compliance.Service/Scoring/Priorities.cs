namespace Segmentation.Compliance.Scoring;

/// <summary>Priority levels of SPEC §3, most urgent first.</summary>
public static class Priorities
{
    public const string Critical = "critical";
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    /// <summary>0 = critical … 3 = low; anything unknown sorts after low.</summary>
    public static int Rank(string priority) => priority switch
    {
        Critical => 0,
        High => 1,
        Medium => 2,
        Low => 3,
        _ => 4,
    };
}
