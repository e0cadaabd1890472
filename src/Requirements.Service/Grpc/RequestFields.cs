using Segmentation.Requirements.Domain;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Requirements.Grpc;

/// <summary>Validation of request fields shared by several RPCs; each adds a violation naming the field.</summary>
internal static class RequestFields
{
    /// <summary>A required segment in any accepted spelling.</summary>
    public static string? Segment(this Validation validation, string input, string field = "segment")
    {
        var segment = SegmentNames.Normalize(input);
        if (segment is null) validation.Add(field, $"'{input}' is not a segment; expected one of {SegmentNames.Describe()}.");
        return segment;
    }

    /// <summary>An optional segment filter: empty = none.</summary>
    public static string? OptionalSegment(this Validation validation, string input, string field = "segment") =>
        string.IsNullOrWhiteSpace(input) ? null : validation.Segment(input, field);

    /// <summary>An optional date (the one strict codec and range); empty = <paramref name="fallback"/>.</summary>
    public static DateOnly Date(this Validation validation, string input, string field, DateOnly fallback) =>
        validation.OptionalDate(input, field) ?? fallback;

    /// <summary>A required date (the one strict codec and range).</summary>
    public static DateOnly RequiredDate(this Validation validation, string input, string field) =>
        DateFields.RequiredDate(validation, input, field) ?? default;

    /// <summary>A required text of at most <paramref name="maxLength"/> characters, trimmed (lookups, reasons).</summary>
    public static string Name(this Validation validation, string input, string field, int maxLength = 255)
    {
        var trimmed = input.Trim();
        validation.Require(trimmed.Length > 0, field, "A value is required.")
            .Require(trimmed.Length <= maxLength, field, $"At most {maxLength} characters.");
        return trimmed;
    }

    /// <summary>A name that will be stored (client name, alias, CSE): safe text with no whitespace at
    /// either end, not trimmed silently. <paramref name="required"/> = false lets "" through (no CSE).</summary>
    public static string StoredName(this Validation validation, string input, string field, int maxLength = 255, bool required = true)
    {
        if (input.Length == 0)
        {
            validation.Require(!required, field, "A value is required.");
            return input;
        }
        var problem = SafeText.CheckName(input, out var name);
        if (problem is not null) validation.Add(field, problem);
        else validation.Require(name.Length <= maxLength, field, $"At most {maxLength} characters.");
        return name;
    }

    /// <summary>An assessed year: 0 = the current one.</summary>
    public static int Year(this Validation validation, int input, DateOnly today) => validation.Year(input, today.Year);
}
