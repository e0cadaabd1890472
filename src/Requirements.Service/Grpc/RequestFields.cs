using Segmentation.Requirements.Domain;
using Segmentation.ServiceDefaults.Grpc;

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

    /// <summary>An optional YYYY-MM-DD date; empty = <paramref name="fallback"/>.</summary>
    public static DateOnly Date(this Validation validation, string input, string field, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(input)) return fallback;
        if (CalendarDates.TryParse(input, out var date)) return date;
        validation.Add(field, $"'{input}' is not a date in the form YYYY-MM-DD.");
        return fallback;
    }

    /// <summary>A required YYYY-MM-DD date.</summary>
    public static DateOnly RequiredDate(this Validation validation, string input, string field)
    {
        if (!string.IsNullOrWhiteSpace(input)) return validation.Date(input, field, default);
        validation.Add(field, "A date in the form YYYY-MM-DD is required.");
        return default;
    }

    /// <summary>A required name of at most <paramref name="maxLength"/> characters, trimmed.</summary>
    public static string Name(this Validation validation, string input, string field, int maxLength = 255)
    {
        var trimmed = input.Trim();
        validation.Require(trimmed.Length > 0, field, "A value is required.")
            .Require(trimmed.Length <= maxLength, field, $"At most {maxLength} characters.");
        return trimmed;
    }

    /// <summary>An assessed year: 0 = the current one.</summary>
    public static int Year(this Validation validation, int input, DateOnly today)
    {
        if (input == 0) return today.Year;
        validation.Require(input is >= 1900 and <= 9000, "year", "A year between 1900 and 9000 is required.");
        return input;
    }
}
