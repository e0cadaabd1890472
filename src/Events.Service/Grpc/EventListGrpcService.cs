using Google.Protobuf;
using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: the filtered, keyset-paged event list.</summary>
public sealed class EventListGrpcService(EventQuery query, EventFilters filters, EventTypeCatalog types, PageTokenCodec pageTokens)
    : EventsService.EventsServiceBase
{
    private const string TokenPurpose = "events.ListEvents";

    public override async Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var filter = await filters.OfAsync(request, context.Caller(), ct);
        var pageSize = PageSizes.Resolve(request.PageSize) ?? PageSizes.Default; // negative is refused in EventFilters
        var fingerprint = Convert.ToBase64String(FilterBytes(request));
        var v = new Validation();
        var after = pageTokens.Decode<EventCursor>(v, request.PageToken, TokenPurpose, fingerprint);
        if (after is not null && !CalendarDates.IsInRange(after.AfterDate)) v.Add("page_token", "The page token is not valid.");
        v.ThrowIfInvalid();

        var (events, more) = filter.Clients is { Count: 0 } ? ([], false) : await query.ListAsync(filter, after, pageSize, ct);
        var byId = await types.ByIdAsync(ct);
        var response = new ListEventsResponse();
        response.Events.Add(events.Select(e => e.ToMessage(byId)));
        if (more) response.NextPageToken = pageTokens.Encode(TokenPurpose, fingerprint, new EventCursor(events[^1].EventDate, events[^1].Id));
        return response;
    }

    private static byte[] FilterBytes(ListEventsRequest request)
    {
        var copy = request.Clone();
        copy.PageSize = 0;
        copy.PageToken = "";
        return copy.ToByteArray();
    }
}
