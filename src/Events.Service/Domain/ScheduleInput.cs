namespace Segmentation.Events.Domain;

/// <summary>The well-formed parts of a ScheduleEvent request (client and type still to be resolved).</summary>
public sealed record ScheduleInput(
    DateOnly EventDate,
    string? Notes,
    string? MeetingLink,
    IReadOnlyList<string> Attendees,
    string? Location,
    DateOnly? CompletedDate = null);
