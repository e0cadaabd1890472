namespace Segmentation.Events.Data;

/// <summary>A validated event to schedule, with its client and type already resolved.</summary>
public sealed record NewEvent(
    Guid Id,
    string ClientName,
    Guid EventTypeId,
    DateOnly EventDate,
    string? Notes,
    string? MeetingLink,
    IReadOnlyList<string> Attendees,
    string? Location,
    string Source,
    string CreatedBy,
    DateOnly? CompletedDate = null);
