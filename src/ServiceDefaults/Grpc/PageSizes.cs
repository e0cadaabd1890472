namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>AIP-158 page sizes, the same for every list: 0 = the default, larger than the maximum is
/// capped, negative is an error.</summary>
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

    /// <summary>Resolves the size, recording a violation of <paramref name="field"/> when it is negative.</summary>
    public static int PageSize(this Validation validation, int requested, string field = "page_size")
    {
        var size = Resolve(requested);
        validation.Require(size is not null, field, "The page size must not be negative.");
        return size ?? Default;
    }
}
