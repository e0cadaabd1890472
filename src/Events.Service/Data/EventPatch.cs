namespace Segmentation.Events.Data;

/// <summary>A validated partial update. A null member is left unchanged; for the text fields an
/// empty string clears the column.</summary>
public sealed record EventPatch(
    DateOnly? EventDate,
    string? Notes,
    string? MeetingLink,
    IReadOnlyList<string>? Attendees,
    string? Location)
{
    public bool IsEmpty => EventDate is null && Notes is null && MeetingLink is null && Attendees is null && Location is null;
}
