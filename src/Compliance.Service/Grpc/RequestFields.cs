using Segmentation.Compliance.Scoring;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Compliance.Grpc;

/// <summary>Request fields shared by several RPCs; each bad one adds a violation naming the proto field.</summary>
internal static class RequestFields
{
    /// <summary>0 = the current year in the business time zone; otherwise inside the one accepted range.</summary>
    public static int Year(this Validation validation, int input, DateOnly today) => validation.Year(input, today.Year);

    /// <summary>Empty = today in the business time zone; otherwise the one strict codec and range.</summary>
    public static DateOnly AsOf(this Validation validation, string input, DateOnly today) =>
        validation.OptionalDate(input, "as_of") ?? today;

    /// <summary>The year and asOf of a request (both checked; the caller throws if invalid).</summary>
    public static (int Year, DateOnly AsOf) YearAndAsOf(this Validation validation, DateOnly today, int year, string asOf) =>
        (validation.Year(year, today), validation.AsOf(asOf, today));

    public static string ClientName(this Validation validation, string input)
    {
        var name = input.Trim();
        validation.Require(name.Length > 0, "client_name", "A client name is required.")
            .Require(name.Length <= 255, "client_name", "At most 255 characters.");
        return name;
    }

    /// <summary>An optional overall-status filter, case-insensitive.</summary>
    public static string? OverallStatus(this Validation validation, string input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var status = input.Trim().ToLowerInvariant();
        if (Statuses.IsOverallStatus(status)) return status;
        validation.Add("status", $"'{input}' is not a status; expected critical, at-risk or compliant.");
        return null;
    }

    public static string? Optional(string input) => string.IsNullOrWhiteSpace(input) ? null : input.Trim();
}
