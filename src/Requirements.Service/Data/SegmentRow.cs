namespace Segmentation.Requirements.Data;

public sealed record SegmentRow(string Name, int Level, string Description, string Color, int RequiredEventTypes, int TotalRequiredPerYear);
