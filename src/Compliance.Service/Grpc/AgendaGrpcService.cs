using Grpc.Core;
using Segmentation.Compliance.Reports;
using Segmentation.Compliance.Upstream;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Grpc;

/// <summary>ComplianceService: the agenda's suggested dates for every visible client (Requirements decides which, from the
/// caller's token: a CSE gets own clients only).</summary>
public sealed class AgendaGrpcService(SuggestionReports reports, BusinessClock clock) : ComplianceService.ComplianceServiceBase
{
    /// <summary>The earliest suggestions only: an admin's agenda over thousands of clients would otherwise be a huge answer.</summary>
    private const int MaxSuggestions = 1000;

    public override async Task<ListSuggestionsResponse> ListSuggestions(ListSuggestionsRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var (year, asOf) = validation.YearAndAsOf(clock.Today(), request.Year, request.AsOf);
        validation.ThrowIfInvalid();

        var (clients, suggestions) = await reports.ListAsync(
            new AssessmentQuery(year, asOf, Cse: RequestFields.Optional(request.Cse)), context.CancellationToken);
        var response = new ListSuggestionsResponse { Truncated = suggestions.Count > MaxSuggestions };
        response.ClientNames.Add(clients.Select(c => c.ClientName));
        response.Suggestions.Add(suggestions.Take(MaxSuggestions).Select(p => new ClientSuggestion
        {
            ClientName = p.ClientName,
            Suggestion = new V1.SuggestedEvent
            {
                EventTypeId = p.Suggestion.Type.EventTypeId,
                EventCode = p.Suggestion.Type.Code,
                EventName = p.Suggestion.Type.Name,
                SuggestedDate = CalendarDates.Format(p.Suggestion.Date),
                Reason = p.Suggestion.Reason,
                Urgency = p.Suggestion.Urgency,
                ComplianceImpact = p.Suggestion.ComplianceImpact,
            },
        }));
        return response;
    }
}
