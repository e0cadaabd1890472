using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.ReferenceData;

public sealed record SegmentDto(string Name, int Level, string Description, string Color, int RequiredEventTypes, int TotalRequiredPerYear)
{
    public static SegmentDto From(Segment s) =>
        new(s.Name, s.Level, s.Description, s.Color, s.RequiredEventTypes, s.TotalRequiredPerYear);
}
