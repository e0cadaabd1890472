using Segmentation.ServiceDefaults.Text;
using Grpc.Core;
using Segmentation.Compliance.Scoring;
using Segmentation.Events.V1;

namespace Segmentation.Compliance.Upstream;

/// <summary>Reads event counts per (client, event type) from Events.Service: one streaming call for any
/// number of clients, one included. Empty windows are never asked for.</summary>
public sealed class EventCountReader(EventsService.EventsServiceClient events)
{
    /// <summary>Completed events inside each client's <see cref="ClientAssessment.CompletedWindow"/>.</summary>
    public Task<Dictionary<string, IReadOnlyDictionary<string, int>>> CompletedAsync(
        IReadOnlyCollection<ClientAssessment> assessments, CancellationToken ct) =>
        BatchAsync(assessments, a => a.CompletedWindow, r => events.StreamCompletedCounts(r, cancellationToken: ct), ct);

    /// <summary>Scheduled, not completed events inside each <see cref="ClientAssessment.ScheduledWindow"/>.</summary>
    public Task<Dictionary<string, IReadOnlyDictionary<string, int>>> ScheduledAsync(
        IReadOnlyCollection<ClientAssessment> assessments, CancellationToken ct) =>
        BatchAsync(assessments, a => a.ScheduledWindow, r => events.StreamScheduledCounts(r, cancellationToken: ct), ct);

    /// <summary>Completed events dated in the 90 days up to each client's asOf (the recent pace of issue 15).</summary>
    public Task<Dictionary<string, IReadOnlyDictionary<string, int>>> RecentCompletedAsync(
        IReadOnlyCollection<ClientAssessment> assessments, CancellationToken ct) =>
        BatchAsync(assessments, a => new DateRange(Later(a.AsOf.AddDays(1 - CapacityFigures.RecentDays), CalendarDates.Earliest), a.AsOf),
            r => events.StreamCompletedCounts(r, cancellationToken: ct), ct);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    public static readonly IReadOnlyDictionary<string, int> Empty = new Dictionary<string, int>();

    private static async Task<Dictionary<string, IReadOnlyDictionary<string, int>>> BatchAsync(
        IReadOnlyCollection<ClientAssessment> assessments, Func<ClientAssessment, DateRange> windowOf,
        Func<BatchCountRequest, AsyncServerStreamingCall<ClientCounts>> call, CancellationToken ct)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        var request = new BatchCountRequest();
        foreach (var assessment in assessments)
        {
            // A deadline may fall just past the accepted date range (the year after 9000); no event can.
            var window = windowOf(assessment);
            if (window.End > CalendarDates.Latest) window = window with { End = CalendarDates.Latest };
            if (window.IsEmpty) continue;
            request.Clients.Add(new ClientWindow
            {
                ClientName = assessment.ClientName, WindowStart = CalendarDates.Format(window.Start), WindowEnd = CalendarDates.Format(window.End),
            });
        }
        if (request.Clients.Count == 0) return result;
        using var streaming = call(request);
        while (await streaming.ResponseStream.MoveNext(ct))
        {
            var counts = streaming.ResponseStream.Current;
            result[counts.ClientName] = ToDictionary(counts.Counts);
        }
        return result;
    }

    private static Dictionary<string, int> ToDictionary(IEnumerable<TypeCount> counts) =>
        counts.ToDictionary(c => c.EventTypeId, c => c.Count, StringComparer.OrdinalIgnoreCase);
}
