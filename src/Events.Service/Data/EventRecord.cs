namespace Segmentation.Events.Data;

/// <summary>One row of segmentation_events (event_year and event_month are generated from event_date).</summary>
public sealed record EventRecord(
    Guid Id,
    string ClientName,
    Guid EventTypeId,
    DateOnly EventDate,
    bool Completed,
    DateOnly? CompletedDate,
    string? CompletedBy,
    string? Notes,
    string? MeetingLink,
    string[] Attendees,
    string? Location,
    string Source,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
