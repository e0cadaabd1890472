using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Scoring;

/// <summary>The two orderings of event types SPEC §6 and §7 prescribe.</summary>
public static class TypeOrder
{
    /// <summary>Results: lowest percentage first, then priority (critical first), then code.</summary>
    public static readonly IComparer<TypeCompliance> ForCompliance = Comparer<TypeCompliance>.Create((a, b) =>
    {
        var c = a.Percentage.CompareTo(b.Percentage);
        if (c == 0) c = PriorityLevels.Rank(a.Type.Priority).CompareTo(PriorityLevels.Rank(b.Type.Priority));
        return c != 0 ? c : string.CompareOrdinal(a.Type.Code, b.Type.Code);
    });

    /// <summary>Forecast priorities: priority first, then percentage ascending, then code.</summary>
    public static readonly IComparer<TypeCompliance> ForForecast = Comparer<TypeCompliance>.Create((a, b) =>
    {
        var c = PriorityLevels.Rank(a.Type.Priority).CompareTo(PriorityLevels.Rank(b.Type.Priority));
        if (c == 0) c = a.Percentage.CompareTo(b.Percentage);
        return c != 0 ? c : string.CompareOrdinal(a.Type.Code, b.Type.Code);
    });
}
