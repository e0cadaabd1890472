namespace Segmentation.Events.Data;

/// <summary>Where the next ListEvents page starts: after the last (event_date, id) of the previous page
/// (keyset paging, stable under inserts). Carried in a signed page token.</summary>
public sealed record EventCursor(DateOnly AfterDate, Guid AfterId);
