namespace Segmentation.Events.Import;

/// <summary>A valid row, resolved to a canonical client and an event type id.</summary>
public sealed record ImportCandidate(int Row, string ClientName, Guid EventTypeId, DateOnly EventDate, bool Completed, string? Notes);
