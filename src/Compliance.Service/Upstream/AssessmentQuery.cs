namespace Segmentation.Compliance.Upstream;

/// <summary>Which clients to assess: all of a year, optionally filtered (null = no filter).</summary>
public sealed record AssessmentQuery(int Year, DateOnly AsOf, string? Cse = null, string? Segment = null,
    IReadOnlyList<string>? ClientNames = null);
