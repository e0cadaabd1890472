namespace Segmentation.Compliance.Upstream;

/// <summary>Which clients to assess: all of a year, optionally filtered (null = no filter), or a page of them in name
/// order (<see cref="Limit"/> after <see cref="After"/>).</summary>
public sealed record AssessmentQuery(int Year, DateOnly AsOf, string? Cse = null, string? Segment = null,
    IReadOnlyList<string>? ClientNames = null, string? After = null, int Limit = 0);
