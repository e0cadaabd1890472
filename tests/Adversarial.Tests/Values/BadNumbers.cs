namespace Segmentation.Adversarial.Tests.Values;

/// <summary>Numbers as text (query strings) and as JSON literals: overflow, negative, not integers.</summary>
public static class BadNumbers
{
    public static readonly string[] AsText =
    [
        "-1", "-2147483648", "2147483648", "99999999999999999999", "1.5", "1e3", "0x10", "abc", "", " 7", "NaN", "١٢",
    ];

    public static readonly string[] AsJson = ["-1", "-2147483649", "2147483648", "1e400", "1.5", "99999999999999999999999"];

    public static readonly long[] AsProto = [-1, int.MinValue, int.MaxValue, long.MinValue, long.MaxValue];
}
