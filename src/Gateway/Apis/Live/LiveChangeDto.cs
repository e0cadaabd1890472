namespace Segmentation.Gateway.Apis.Live;

/// <summary>The data of one server-sent event on /api/live: what changed, so the page refetches what shows it.</summary>
public sealed record LiveChangeDto(string Kind, string ClientName, int Year, string EventId, string EventDate, string? PreviousEventDate)
{
    public static LiveChangeDto From(LiveChange c) => new(c.Kind, c.ClientName, c.Year, c.EventId, c.EventDate, c.PreviousEventDate);
}
