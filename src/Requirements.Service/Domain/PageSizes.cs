namespace Segmentation.Requirements.Domain;

/// <summary>AIP-158 page sizes: 0 = the default, larger than the maximum is capped.</summary>
public static class PageSizes
{
    public const int Default = 50;
    public const int Maximum = 500;

    /// <summary>Null for a negative size (a validation error).</summary>
    public static int? Resolve(int requested) => requested switch
    {
        < 0 => null,
        0 => Default,
        > Maximum => Maximum,
        _ => requested,
    };
}
