namespace Segmentation.Compliance.Scoring;

/// <summary>One event type a client is held to in a year: the MAX over its segments, with the
/// highest priority among them (SPEC §5, computed by Requirements.Service).</summary>
public sealed record ExpectedType(string EventTypeId, string Code, string Name, int Expected, string Priority);
