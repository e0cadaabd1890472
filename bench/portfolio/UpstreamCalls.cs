using Segmentation.Events.V1;
using Segmentation.Requirements.V1;

namespace Segmentation.Bench.Portfolio;

/// <summary>The two batch calls Compliance makes, timed on their own to show where the time goes.</summary>
public static class UpstreamCalls
{
    public static async Task<List<Assessment>> AssessmentsAsync(RequirementsService.RequirementsServiceClient requirements, int year, string asOf)
    {
        using var call = requirements.StreamAssessments(new StreamAssessmentsRequest { Year = year, AsOf = asOf });
        var list = new List<Assessment>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None)) list.Add(call.ResponseStream.Current);
        return list;
    }

    public static async Task<int> CompletedCountsAsync(EventsService.EventsServiceClient events, IEnumerable<Assessment> assessments, DateOnly asOf)
    {
        var request = new BatchCountRequest();
        var end = asOf.ToString("yyyy-MM-dd");
        request.Clients.Add(assessments.Select(a => new ClientWindow
        {
            ClientName = a.ClientName, WindowStart = a.WindowStart, WindowEnd = string.CompareOrdinal(a.Deadline, end) < 0 ? a.Deadline : end,
        }));
        using var call = events.StreamCompletedCounts(request);
        var clients = 0;
        while (await call.ResponseStream.MoveNext(CancellationToken.None)) clients++;
        return clients;
    }
}
