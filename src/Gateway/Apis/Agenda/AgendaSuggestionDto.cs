using Segmentation.Compliance.V1;

namespace Segmentation.Gateway.Apis.Agenda;

/// <summary>A suggested date of a client's forecast (SPEC §7) that no scheduled event covers yet.</summary>
public sealed record AgendaSuggestionDto(
    string ClientName, string EventTypeId, string EventCode, string EventName, string SuggestedDate, string Reason, string Urgency)
{
    public static AgendaSuggestionDto From(ClientSuggestion s) =>
        new(s.ClientName, s.Suggestion.EventTypeId, s.Suggestion.EventCode, s.Suggestion.EventName, s.Suggestion.SuggestedDate,
            s.Suggestion.Reason, s.Suggestion.Urgency);
}
