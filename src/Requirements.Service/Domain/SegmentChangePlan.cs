namespace Segmentation.Requirements.Domain;

/// <summary>What a segment change writes: an optional back-filled period for a client that had no
/// history, the date the open period closes (if one is open), and the new open period's start.</summary>
public sealed record SegmentChangePlan(Period? Backfill, DateOnly? CloseOpenPeriodOn, string Segment, DateOnly EffectiveFrom);
