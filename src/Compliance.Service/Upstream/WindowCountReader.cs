using Segmentation.Compliance.Scoring;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Compliance.Upstream;

/// <summary>Completed counts for many (client, window) pairs in one streaming call, a client possibly several times (the
/// trend's month ends): each answer names its window, so answers are matched by (client, start, end), not by order.</summary>
public sealed class WindowCountReader(EventsService.EventsServiceClient events)
{
    public async Task<Dictionary<(string Client, DateOnly Start, DateOnly End), IReadOnlyDictionary<string, int>>> CompletedAsync(
        IEnumerable<ClientAssessment> assessments, CancellationToken ct)
    {
        var result = new Dictionary<(string, DateOnly, DateOnly), IReadOnlyDictionary<string, int>>();
        var request = new BatchCountRequest();
        foreach (var window in assessments.Select(Window).Distinct().Where(w => !w.Range.IsEmpty))
        {
            request.Clients.Add(new ClientWindow
            {
                ClientName = window.Client, WindowStart = CalendarDates.Format(window.Range.Start), WindowEnd = CalendarDates.Format(window.Range.End),
            });
        }
        if (request.Clients.Count == 0) return result;
        using var streaming = events.StreamCompletedCounts(request, cancellationToken: ct);
        while (await streaming.ResponseStream.MoveNext(ct))
        {
            var counts = streaming.ResponseStream.Current;
            result[(counts.ClientName, Parse(counts.WindowStart), Parse(counts.WindowEnd))] =
                counts.Counts.ToDictionary(c => c.EventTypeId, c => c.Count, StringComparer.OrdinalIgnoreCase);
        }
        return result;
    }

    /// <summary>The key of an assessment's completed window (a deadline past the accepted range is cut, as no event can be there).</summary>
    public static (string Client, DateRange Range) Window(ClientAssessment a)
    {
        var range = a.CompletedWindow;
        return (a.ClientName, range.End > CalendarDates.Latest ? range with { End = CalendarDates.Latest } : range);
    }

    private static DateOnly Parse(string date) => CalendarDates.TryParse(date, out var d) ? d : default;
}
