namespace Segmentation.Requirements.Domain;

/// <summary>critical &gt; high &gt; medium &gt; low (SPEC §3).</summary>
public static class PriorityLevels
{
    public const string Critical = "critical";
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    public static readonly string[] All = [Critical, High, Medium, Low];

    /// <summary>The stored (lower-case) level for <paramref name="input"/>, or null when it is none of the four.</summary>
    public static string? Normalize(string? input)
    {
        var trimmed = input?.Trim().ToLowerInvariant();
        return trimmed is not null && All.Contains(trimmed) ? trimmed : null;
    }

    /// <summary>0 for critical … 3 for low; unknown levels rank below low.</summary>
    public static int Rank(string level)
    {
        var index = Array.IndexOf(All, level);
        return index < 0 ? All.Length : index;
    }
}
