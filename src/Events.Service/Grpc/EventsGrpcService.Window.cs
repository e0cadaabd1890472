using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

public sealed partial class EventsGrpcService
{
    private const string CalendarWindow = "calendar";
    private const string AssessmentWindow = "assessment";

    /// <summary>True for window = "assessment"; "" and "calendar" keep the calendar year; anything else is invalid.</summary>
    private static bool WantsAssessmentWindow(ListEventsRequest request)
    {
        var window = request.Window.Trim().ToLowerInvariant();
        if (window is "" or CalendarWindow) return false;
        if (window == AssessmentWindow) return true;
        throw new ValidationException("window", $"'{request.Window}' is not a window: use '{CalendarWindow}' or '{AssessmentWindow}'.");
    }

    /// <summary>Swaps the calendar-year filter for each client's SPEC §5 event window (Jan 1 of the
    /// year through its deadline), so the list shows exactly the events the compliance figures count.
    /// One batch call to Requirements for all the clients, whatever their number.</summary>
    private async Task<EventFilter> WithAssessmentWindowAsync(EventFilter filter, ServerCallContext context)
    {
        if (filter.Clients is { Count: 0 }) return filter with { Year = null };
        var year = filter.Year ?? clock.Today().Year;
        var windows = await clients.AssessmentWindowsAsync(year, filter.Clients, context.CancellationToken);
        return filter with { Year = null, Clients = [.. windows.Select(w => w.ClientName)], Windows = windows };
    }
}
