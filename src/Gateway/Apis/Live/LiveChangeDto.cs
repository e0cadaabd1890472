namespace Segmentation.Gateway.Apis.Live;

/// <summary>The data of one server-sent event on /api/live: what changed, so the page refetches what shows it. Event
/// changes carry the event's fields; a client change its name (year 0: every year); a requirement edit its segment.</summary>
public sealed record LiveChangeDto(string Kind, string ClientName, int Year, string EventId, string EventDate, string? PreviousEventDate, string? Segment)
{
    public static LiveChangeDto From(LiveChange c) => new(c.Kind, c.ClientName, c.Year, c.EventId, c.EventDate, c.PreviousEventDate, c.Segment);
}
