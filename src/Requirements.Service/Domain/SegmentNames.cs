namespace Segmentation.Requirements.Domain;

/// <summary>The six segments (SPEC §1) and the spreadsheet spellings users still type.</summary>
public static class SegmentNames
{
    public const string Giant = "Giant";
    public const string Collaboration = "Collaboration";
    public const string Leverage = "Leverage";
    public const string Maintain = "Maintain";
    public const string Nurture = "Nurture";
    public const string SleepingGiant = "Sleeping Giant";

    public static readonly IReadOnlyList<string> All = [Maintain, Leverage, Nurture, Collaboration, SleepingGiant, Giant];

    private static readonly Dictionary<string, string> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        [Giant] = Giant, ["Giants"] = Giant,
        [Collaboration] = Collaboration, ["Collaborate"] = Collaboration,
        [Leverage] = Leverage,
        [Maintain] = Maintain,
        [Nurture] = Nurture,
        [SleepingGiant] = SleepingGiant, ["Sleeping Giants"] = SleepingGiant,
    };

    /// <summary>The stored name for <paramref name="input"/> (trimmed, any case), or null when it is no segment.</summary>
    public static string? Normalize(string? input) =>
        input is not null && Spellings.TryGetValue(input.Trim(), out var name) ? name : null;

    public static string Describe() => string.Join(", ", All);
}
