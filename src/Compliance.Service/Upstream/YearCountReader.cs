using Segmentation.Compliance.Scoring;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Compliance.Upstream;

/// <summary>One client's counts for a year from Events.Service (GetClientWindowCounts): both SPEC §5 windows in
/// one call, so it can run in parallel with the assessment that says which window applies. Compliance calls
/// Events as the service; it uses an answer only once Requirements has let the user see that client.</summary>
public sealed class YearCountReader(EventsService.EventsServiceClient events)
{
    public async Task<YearCountsOfClient> GetAsync(string clientName, int year, DateOnly asOf, CancellationToken ct)
    {
        var request = new GetClientWindowCountsRequest { ClientName = clientName, Year = year, AsOf = CalendarDates.Format(asOf) };
        var response = await events.GetClientWindowCountsAsync(request, cancellationToken: ct);
        return new YearCountsOfClient(response.ClientName, Of(response.YearEnd), Of(response.Extended));
    }

    private static WindowCountsByType Of(WindowCounts? counts) => new(
        counts?.Completed.ToDictionary(c => c.EventTypeId, c => c.Count, StringComparer.OrdinalIgnoreCase) ?? [],
        counts?.Scheduled.ToDictionary(c => c.EventTypeId, c => c.Count, StringComparer.OrdinalIgnoreCase) ?? []);
}
