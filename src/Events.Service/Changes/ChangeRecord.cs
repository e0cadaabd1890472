namespace Segmentation.Events.Changes;

/// <summary>One row of segmentation_event_changes.</summary>
public sealed record ChangeRecord(
    long Position, string Kind, Guid EventId, string ClientName, Guid EventTypeId,
    DateOnly EventDate, DateOnly? PreviousEventDate, DateTimeOffset CommittedAt);
