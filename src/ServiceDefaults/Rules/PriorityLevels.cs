namespace Segmentation.ServiceDefaults.Rules;

/// <summary>The priority levels of SPEC §3, critical &gt; high &gt; medium &gt; low: what Requirements stores
/// and what Compliance ranks by, decided once.</summary>
public static class PriorityLevels
{
    public const string Critical = "critical";
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    /// <summary>Most urgent first.</summary>
    public static readonly string[] All = [Critical, High, Medium, Low];

    /// <summary>The stored (lower-case) level for <paramref name="input"/>, or null when it is none of the four.</summary>
    public static string? Normalize(string? input)
    {
        var trimmed = input?.Trim().ToLowerInvariant();
        return trimmed is not null && All.Contains(trimmed) ? trimmed : null;
    }

    /// <summary>0 for critical … 3 for low; an unknown level ranks after low.</summary>
    public static int Rank(string level)
    {
        var index = Array.IndexOf(All, level);
        return index < 0 ? All.Length : index;
    }
}
