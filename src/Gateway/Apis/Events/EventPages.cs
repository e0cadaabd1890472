using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>Every page of a ListEvents query, 500 events a call (the largest page), for the agenda and the export.</summary>
public static class EventPages
{
    public const int PageSize = 500;

    public static async Task<List<Event>> AllAsync(EventsService.EventsServiceClient events, ListEventsRequest request, CancellationToken ct)
    {
        var all = new List<Event>();
        request.PageSize = PageSize;
        do
        {
            var page = await events.ListEventsAsync(request, cancellationToken: ct);
            all.AddRange(page.Events);
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        return all;
    }
}
