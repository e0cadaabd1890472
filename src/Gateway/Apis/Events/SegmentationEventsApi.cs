using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Events.V1;
using Segmentation.Gateway.Errors;
using Segmentation.Gateway.Input;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>GET /api/segmentation-events: the existing dashboard's read of one client's completed
/// events in a year, by date. Both parameters are required and the year is bounded (API.md).</summary>
public static class SegmentationEventsApi
{
    private const int FirstYear = 2020;
    private const int YearsAhead = 5;

    public static IEndpointRouteBuilder MapSegmentationEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/segmentation-events", List).WithName("ListSegmentationEvents").WithTags("Events")
            .WithCommonProblems().WithSummary("One client's completed events in a year (the existing dashboard's read)");
        return app;
    }

    private static async Task<Results<Ok<SegmentationEventListDto>, ValidationProblem>> List(
        string? clientName, QueryYear? year, BusinessClock clock, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(clientName)) errors["clientName"] = ["This value is required."];
        var lastYear = clock.Today().Year + YearsAhead;
        var chosen = year?.Value ?? 0;
        if (year is null) errors["year"] = ["This value is required."];
        else if (chosen < FirstYear || chosen > lastYear) errors["year"] = [$"Must be between {FirstYear} and {lastYear}."];
        if (errors.Count > 0) return Problems.Validation(Problems.Invalid(errors));

        var found = new List<SegmentationEventDto>();
        var request = new ListEventsRequest { ClientName = clientName!, Year = chosen, Completed = true, PageSize = 500 };
        do
        {
            var page = await events.ListEventsAsync(request, cancellationToken: ct);
            found.AddRange(page.Events.Select(SegmentationEventDto.From));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return TypedResults.Ok(new SegmentationEventListDto([.. found.OrderBy(e => e.EventDate, StringComparer.Ordinal)]));
    }
}
