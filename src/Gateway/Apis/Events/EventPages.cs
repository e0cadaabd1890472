using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>Every page of a ListEvents query, 500 events a call (the largest page), for the agenda and the export.</summary>
public static class EventPages
{
    public const int PageSize = 500;

    /// <param name="maxPages">Stop after this many pages (the agenda's bound); the export reads every page.</param>
    public static async Task<List<Event>> AllAsync(EventsService.EventsServiceClient events, ListEventsRequest request, CancellationToken ct,
        int maxPages = int.MaxValue)
    {
        var all = new List<Event>();
        request.PageSize = PageSize;
        for (var pages = 0; pages < maxPages; pages++)
        {
            var page = await events.ListEventsAsync(request, cancellationToken: ct);
            all.AddRange(page.Events);
            request.PageToken = page.NextPageToken;
            if (request.PageToken.Length == 0) break;
        }
        return all;
    }
}
