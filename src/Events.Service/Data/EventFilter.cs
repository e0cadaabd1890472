namespace Segmentation.Events.Data;

/// <summary>A validated ListEvents filter. <see cref="Clients"/> null = any client the caller may see
/// (already narrowed for CSE callers); empty = none at all. <see cref="Windows"/> non-null = only events
/// dated inside their own client's window (the assessment window).</summary>
public sealed record EventFilter(
    IReadOnlyCollection<string>? Clients,
    int? Year,
    Guid? EventTypeId,
    bool? Completed,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<ClientDateWindow>? Windows = null);
