using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Compliance.V1;
using Segmentation.Events.V1;
using Segmentation.Gateway.Apis.Events;
using Segmentation.Gateway.Input;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Gateway.Apis.Agenda;

/// <summary>GET /api/agenda: a CSE's working list. The services scope everything to the caller's clients from the
/// forwarded token; an admin may name a CSE. Upstream: one ListSuggestions (Compliance batches it) and two event lists
/// (one call per 500 events), whatever the number of clients; in parallel unless an admin names a CSE, whose client
/// names the suggestions call returns for the event lists.</summary>
public static class AgendaApi
{
    private const int DefaultDays = 30;

    /// <summary>At most 5,000 overdue and 5,000 upcoming events (10 pages each): an agenda, not an export.</summary>
    private const int MaxPages = 10;

    public static IEndpointRouteBuilder MapAgendaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/agenda", GetAgenda).WithName("GetAgenda").WithTags("Events").WithCommonProblems()
            .WithSummary("Overdue and upcoming open events, and suggested dates not yet scheduled")
            .WithDescription("A CSE sees their own clients (cse may only name themselves); an admin may pass cse. Default: today for 30 days.");
        return app;
    }

    private static async Task<Results<Ok<AgendaDto>, ValidationProblem>> GetAgenda(
        string? cse, QueryDate? from, QueryDate? to, ClaimsPrincipal user, BusinessClock clock,
        ComplianceService.ComplianceServiceClient compliance, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var today = clock.Today();
        var start = from?.Value ?? today;
        var end = to?.Value ?? start.AddDays(DefaultDays);
        if (end < start) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["to is before from."] });
        var caller = Caller.From(user);
        var named = string.IsNullOrWhiteSpace(cse) ? null : cse.Trim();
        var who = caller.IsAdmin ? named : caller.Cse;
        var empty = new AgendaDto(CalendarDates.Format(start), CalendarDates.Format(end), [], [], [], false);
        // A CSE token without a CSE name, or a CSE naming someone else, sees nothing (not an error: nothing to leak).
        if (!caller.IsAdmin && (who is null || (named is not null && named != who))) return TypedResults.Ok(empty);

        var suggestionsCall = compliance.ListSuggestionsAsync(
            new ListSuggestionsRequest { Year = today.Year, Cse = who ?? "" }, cancellationToken: ct).ResponseAsync;
        IReadOnlyList<string>? names = caller.IsAdmin && who is not null ? [.. (await suggestionsCall).ClientNames] : null;
        var overdue = names is { Count: 0 } ? Task.FromResult(new List<Event>())
            : EventPages.AllAsync(events, Open(names, null, today.AddDays(-1)), ct, MaxPages);
        var upcoming = names is { Count: 0 } ? Task.FromResult(new List<Event>())
            : EventPages.AllAsync(events, Open(names, start, end), ct, MaxPages);
        var suggestions = await suggestionsCall;
        return TypedResults.Ok(empty with
        {
            Overdue = [.. (await overdue).Select(EventDto.From)],
            Upcoming = [.. (await upcoming).Select(EventDto.From)],
            Suggested = [.. suggestions.Suggestions.Select(AgendaSuggestionDto.From)],
            SuggestedTruncated = suggestions.Truncated,
        });
    }

    private static ListEventsRequest Open(IReadOnlyList<string>? names, DateOnly? from, DateOnly to)
    {
        var request = new ListEventsRequest { Completed = false, FromDate = Wire.Date(from), ToDate = Wire.Date(to) };
        if (names is not null) request.ClientNames.Add(names);
        return request;
    }
}
