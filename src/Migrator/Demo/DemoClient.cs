namespace Segmentation.Migrator.Demo;

/// <summary>A demo client: its segment before 2025-09-01 (null = held one segment all year) and after.</summary>
public sealed record DemoClient(string Name, string Segment, string? SegmentBeforeSeptember = null, bool ReassessedInSeptember = false);
