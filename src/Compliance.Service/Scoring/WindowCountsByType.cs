namespace Segmentation.Compliance.Scoring;

/// <summary>Completed events (up to min(deadline, asOf)) and scheduled ones that can still help (after asOf, by the
/// deadline) per event type id, for one of a year's two possible deadlines.</summary>
public sealed record WindowCountsByType(IReadOnlyDictionary<string, int> Completed, IReadOnlyDictionary<string, int> Scheduled);
