namespace Segmentation.Requirements.Data;

/// <summary>A validated CreateClient request: normalised segment, CSE (null = unassigned), first period start.</summary>
public sealed record NewClient(string Name, string Segment, string? Cse, DateOnly SegmentSince);
