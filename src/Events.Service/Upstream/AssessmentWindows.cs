using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Upstream;

/// <summary>Clients' SPEC §5 event windows from Requirements.Service, the authority on deadlines.</summary>
public sealed class AssessmentWindows(RequirementsService.RequirementsServiceClient requirements)
{
    /// <summary>Each visible client's SPEC §5 event window for <paramref name="year"/>, decided by
    /// Requirements (the authority on deadlines) in one streamed batch call; <paramref name="clientNames"/>
    /// null = every client. Asked as the internal service: a CSE's request must pass only names it may see.</summary>
    public async Task<IReadOnlyList<ClientDateWindow>> ForYearAsync(
        int year, IReadOnlyCollection<string>? clientNames, CancellationToken ct)
    {
        var request = new StreamAssessmentsRequest { Year = year };
        if (clientNames is not null) request.ClientNames.Add(clientNames);
        using var call = requirements.StreamAssessments(request, cancellationToken: ct);
        var windows = new List<ClientDateWindow>();
        await foreach (var assessment in call.ResponseStream.ReadAllAsync(ct))
        {
            // A client with no period in the year has no window. Requirements produced these dates:
            // a malformed one is a contract breach, not bad input.
            if (assessment.WindowStart.Length == 0 || assessment.WindowEnd.Length == 0) continue;
            windows.Add(new ClientDateWindow(assessment.ClientName,
                CalendarDates.Parse(assessment.WindowStart), CalendarDates.Parse(assessment.WindowEnd)));
        }
        return windows;
    }
}
