using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>One period of a client's segment history; effectiveTo null = the current period.</summary>
public sealed record SegmentPeriodDto(string Segment, string EffectiveFrom, string? EffectiveTo, string? Notes, string? CseName)
{
    public static SegmentPeriodDto From(SegmentPeriod p) =>
        new(p.Segment, p.EffectiveFrom, Wire.Optional(p.EffectiveTo), Wire.Optional(p.Notes), Wire.Optional(p.CseName));
}
