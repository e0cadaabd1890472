namespace Segmentation.Adversarial.Tests.Values;

/// <summary>Text every name, note and identity field must refuse: C0/C1 controls (not tab or newline),
/// bidi overrides and isolates, zero-width characters; and text too long for any field.</summary>
public static class BadText
{
    public static readonly (string Label, string Value)[] Unsafe =
    [
        ("NUL", "a\u0000b"), ("C0 SOH", "a\u0001b"), ("ESC", "a\u001B[31mb"), ("DEL", "a\u007Fb"), ("C1 NEL", "a\u0085b"),
        ("bidi RLO", "abc\u202Edef"), ("bidi isolate", "\u2066abc\u2069"), ("zero-width space", "ab\u200Bc"),
        ("zero-width joiner", "a\u200Db"), ("BOM inside", "a\uFEFFb"), ("lone surrogate", "a\uD800b"), ("leading space", " padded "),
    ];

    /// <summary>Long enough to pass no field's limit, small enough for any body limit to let through.</summary>
    public static readonly string Long = new('x', 20_000);

    /// <summary>Past every body limit (413) and gRPC's default message size is not reached.</summary>
    public static readonly string Huge = new('y', 1_100_000);
}
