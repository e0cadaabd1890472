namespace Segmentation.Adversarial.Tests.Running;

/// <summary>The input classes that are wrong whatever the route or caller (issue 12 items 1, 2, 4, 7):
/// such an input must be refused, not merely survive. Other classes (unsafe text in a search filter, a
/// long note, a dry-run import's report) may be accepted; they only must not break anything.</summary>
public static class RefusalRules
{
    private static readonly string[] AlwaysWrong =
    [
        "date malformed or out of range", "forged page token", "body duplicate key", "body wrong type", "body not the expected object",
        "body truncated", "body nested", "body invalid UTF-8", "body UTF-16", "body huge text", "unknown charset", "charset that does not match",
        "wrong content type",
        "no content type", "(import)", "multipart truncated", "multipart without", "multipart with another", "file empty", "bad file",
    ];

    public static bool MustBeRefused(string @class) =>
        AlwaysWrong.Any(c => @class.Contains(c, StringComparison.Ordinal)) || IsUnsafeBodyText(@class);

    /// <summary>Every JSON body field is a name or free text, and SafeText refuses controls, bidi and invisible
    /// characters in both. Leading spaces are fine in free text; a lone surrogate may be replaced by the JSON reader.</summary>
    private static bool IsUnsafeBodyText(string @class) =>
        @class.StartsWith("body unsafe text", StringComparison.Ordinal)
        && !@class.Contains("leading space", StringComparison.Ordinal) && !@class.Contains("lone surrogate", StringComparison.Ordinal);
}
