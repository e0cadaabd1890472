using System.Globalization;
using System.Text;

namespace Segmentation.ServiceDefaults.Text;

/// <summary>The one rule for text people read: names and identity-like fields must not be able to
/// look like something else. Text is NFC-normalised; names refuse every control character, bidi
/// override or isolate, zero-width or other invisible format character, and leading or trailing
/// whitespace; free text (notes) may also hold line feeds, carriage returns and tabs.</summary>
public static class SafeText
{
    /// <summary>null when <paramref name="value"/> is an acceptable name, else why not.
    /// <paramref name="normalized"/> is its NFC form (what to store).</summary>
    public static string? CheckName(string value, out string normalized) => Check(value, allowLineBreaks: false, out normalized);

    /// <summary>As <see cref="CheckName"/>, but line feeds, carriage returns and tabs are allowed.</summary>
    public static string? CheckFreeText(string value, out string normalized) => Check(value, allowLineBreaks: true, out normalized);

    /// <summary>The character rule alone (no whitespace-at-the-ends rule): what every string of every
    /// request must satisfy. <paramref name="allowLineBreaks"/> admits \n, \r and \t (free text).</summary>
    public static string? CheckCharacters(string value, bool allowLineBreaks, out string normalized)
    {
        normalized = value;
        if (value.Length == 0) return null;
        if (!IsWellFormed(value)) return "Text must be valid Unicode (no unpaired surrogates).";
        normalized = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsForbidden(rune, allowLineBreaks)) return $"Text must not contain the invisible or control character U+{rune.Value:X4}.";
        }
        return null;
    }

    private static string? Check(string value, bool allowLineBreaks, out string normalized)
    {
        if (CheckCharacters(value, allowLineBreaks, out normalized) is { } problem) return problem;
        if (normalized.Length == 0) return null;
        if (!allowLineBreaks && (Rune.IsWhiteSpace(Rune.GetRuneAt(normalized, 0)) || char.IsWhiteSpace(normalized[^1])))
            return "Text must not start or end with whitespace.";
        return null;
    }

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(value[i])) return false;
        }
        return true;
    }

    private static bool IsForbidden(Rune rune, bool allowLineBreaks)
    {
        if (allowLineBreaks && rune.Value is '\n' or '\r' or '\t') return false;
        return Rune.GetUnicodeCategory(rune) switch
        {
            // C0/C1 controls, bidi marks/overrides/isolates, zero-width joiners and spaces, BOM, soft hyphen...
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned => true,
            _ => false,
        };
    }
}
