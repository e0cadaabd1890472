using System.Globalization;
using System.Text.RegularExpressions;

namespace Segmentation.Events.Import;

/// <summary>Dates typed as text in a register. ISO first; otherwise day before month, as written in
/// Australia and New Zealand (3/4/2025 = 3 April). A trailing time of day is ignored.</summary>
public static partial class TextDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d",
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy",
        "d MMM yyyy", "d-MMM-yyyy", "d MMMM yyyy", "d-MMMM-yyyy", "MMM d, yyyy", "MMMM d, yyyy",
    ];

    [GeneratedRegex(@"(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex TimeOfDay();

    public static DateOnly? Parse(string text)
    {
        // The common case first, without the regular expression.
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        var value = TimeOfDay().Replace(text.Trim(), "");
        return DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }
}
