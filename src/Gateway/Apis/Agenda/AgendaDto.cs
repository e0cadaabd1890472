using Segmentation.Gateway.Apis.Events;

namespace Segmentation.Gateway.Apis.Agenda;

/// <summary>API.md GET /api/agenda: open events before today, open events in from..to, and the forecast's dates not yet
/// scheduled (the earliest 1,000; suggestedTruncated says when there were more).</summary>
public sealed record AgendaDto(
    string From, string To, IReadOnlyList<EventDto> Overdue, IReadOnlyList<EventDto> Upcoming, IReadOnlyList<AgendaSuggestionDto> Suggested,
    bool SuggestedTruncated);
