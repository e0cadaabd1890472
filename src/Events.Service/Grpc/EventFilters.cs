using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>ListEventsRequest → the checked filter, narrowed to the clients the caller may see (the cached decision),
/// and for window = "assessment" each client's SPEC §5 window from Requirements (the authority on deadlines).</summary>
public sealed class EventFilters(EventQuery query, ClientDirectory clients, AssessmentWindows assessmentWindows, EventTypeCatalog types,
    EventDateRule dates)
{
    private const string CalendarWindow = "calendar";
    private const string AssessmentWindow = "assessment";

    public async Task<EventFilter> OfAsync(ListEventsRequest request, Caller caller, CancellationToken ct)
    {
        var assessment = WantsAssessmentWindow(request);
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
            var type = EventTypeCatalog.Find(await types.AllAsync(ct), request.EventType);
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
        if (!caller.IsAdmin) names = [.. await clients.VisibleAsync(caller, names ?? await query.ClientNamesAsync(ct), ct)];
        var filter = new EventFilter(names, request.Year == 0 ? null : request.Year, typeId, request.Completed, from, to);
        return assessment ? await WithAssessmentWindowAsync(filter, ct) : filter;
    }

    /// <summary>True for window = "assessment"; "" and "calendar" keep the calendar year; anything else is invalid.</summary>
    private static bool WantsAssessmentWindow(ListEventsRequest request)
    {
        var window = request.Window.Trim().ToLowerInvariant();
        if (window is "" or CalendarWindow) return false;
        if (window == AssessmentWindow) return true;
        throw new ValidationException("window", $"'{request.Window}' is not a window: use '{CalendarWindow}' or '{AssessmentWindow}'.");
    }

    /// <summary>Swaps the calendar-year filter for each client's SPEC §5 event window (Jan 1 of the year through its
    /// deadline), so the list shows exactly the events the compliance figures count: one batch call to Requirements.</summary>
    private async Task<EventFilter> WithAssessmentWindowAsync(EventFilter filter, CancellationToken ct)
    {
        if (filter.Clients is { Count: 0 }) return filter with { Year = null };
        var year = filter.Year ?? dates.Today().Year;
        var windows = await assessmentWindows.ForYearAsync(year, filter.Clients, ct);
        return filter with { Year = null, Clients = [.. windows.Select(w => w.ClientName)], Windows = windows };
    }
}
