using Google.Protobuf;
using Grpc.Core;
using Segmentation.Events.Clients;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Grpc;

public sealed partial class EventsGrpcService
{
    private const string TokenPurpose = "events.ListEvents";

    public override async Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var assessmentWindow = WantsAssessmentWindow(request);
        var filter = await FilterOfAsync(request, context);
        if (assessmentWindow) filter = await WithAssessmentWindowAsync(filter, context);
        var pageSize = PageSizes.Resolve(request.PageSize) ?? PageSizes.Default; // negative is refused in FilterOfAsync
        var filters = Convert.ToBase64String(FilterBytes(request));
        var v = new Validation();
        var after = pageTokens.Decode<EventCursor>(v, request.PageToken, TokenPurpose, filters);
        if (after is not null && !CalendarDates.IsInRange(after.AfterDate)) v.Add("page_token", "The page token is not valid.");
        v.ThrowIfInvalid();

        var (events, more) = filter.Clients is { Count: 0 } ? ([], false) : await query.ListAsync(filter, after, pageSize, ct);
        var byId = await types.ByIdAsync(ct);
        var response = new ListEventsResponse();
        response.Events.Add(events.Select(e => e.ToMessage(byId)));
        if (more) response.NextPageToken = pageTokens.Encode(TokenPurpose, filters, new EventCursor(events[^1].EventDate, events[^1].Id));
        return response;
    }

    /// <summary>Validates the filter and narrows it to the clients the caller may see.</summary>
    private async Task<EventFilter> FilterOfAsync(ListEventsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validation();
        v.PageSize(request.PageSize);
        var latestYear = dates.Latest().Year;
        v.Require(request.Year == 0 || (request.Year >= EventDateRule.Earliest.Year && request.Year <= latestYear),
            "year", $"The year must be within {EventDateRule.Earliest.Year} … {latestYear}.");
        var from = v.OptionalDate(request.FromDate, "from_date");
        var to = v.OptionalDate(request.ToDate, "to_date");
        v.Require(from is null || to is null || from <= to, "to_date", "The end of the date range is before its start.");
        Guid? typeId = null;
        if (!string.IsNullOrWhiteSpace(request.EventType))
        {
            var type = EventTypeCatalog.Find(await types.AllAsync(fresh: false, ct), request.EventType);
            if (type is null) v.Add("event_type", $"Unknown event type '{request.EventType.Trim()}'.");
            else typeId = Guid.Parse(type.Id);
        }
        IReadOnlyCollection<string>? names = null;
        if (!string.IsNullOrWhiteSpace(request.ClientName))
        {
            var name = await clients.ResolveAsync(request.ClientName, ct);
            if (name is null) v.Add("client_name", $"Unknown client '{request.ClientName.Trim()}'.");
            else names = [name];
        }
        v.ThrowIfInvalid();

        if (request.ClientNames.Count > 0)
        {
            var listed = request.ClientNames.Select(n => n.Trim()).ToHashSet(StringComparer.Ordinal);
            names = names is null ? listed : names.Where(listed.Contains).ToArray();
        }
        var caller = CallerOf(context);
        if (!caller.IsAdmin) names = [.. await clients.VisibleAsync(caller, names ?? await query.ClientNamesAsync(ct), ct)];
        return new EventFilter(names, request.Year == 0 ? null : request.Year, typeId, request.Completed, from, to);
    }

    private static byte[] FilterBytes(ListEventsRequest request)
    {
        var copy = request.Clone();
        copy.PageSize = 0;
        copy.PageToken = "";
        return copy.ToByteArray();
    }
}
