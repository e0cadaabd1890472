using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis.Calendar;

/// <summary>Calendar subscription: POST /api/calendar/feed creates or rotates the caller's secret URL, DELETE revokes it,
/// and GET /calendar/{secret}.ics (no bearer token: the secret is the credential) serves the owner's events. The gateway
/// asks Events for a feed as itself (the secret, checked by Events against its stored hash, names the owner).</summary>
public static class CalendarApi
{
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendar").WithTags("Calendar").WithCommonProblems();
        api.MapPost("/feed", Rotate).WithName("RotateCalendarFeed").AsWrite()
            .WithSummary("Create or rotate the caller's calendar feed URL (the previous URL stops working)");
        api.MapDelete("/feed", Revoke).WithName("RevokeCalendarFeed").AsWrite().WithSummary("Revoke the caller's calendar feed URL");
        app.MapGet("/calendar/{secret}.ics", Feed).WithName("CalendarFeed").WithTags("Calendar").AllowAnonymous()
            .Produces(200, contentType: IcsCalendar.ContentType).MayAnswer(404)
            .WithSummary("The feed owner's events as iCalendar (RFC 5545)");
        return app;
    }

    private static async Task<Ok<CalendarFeedDto>> Rotate(HttpContext http, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var feed = await events.RotateCalendarFeedAsync(new RotateCalendarFeedRequest(), cancellationToken: ct);
        return TypedResults.Ok(new CalendarFeedDto($"{http.Request.Scheme}://{http.Request.Host}/calendar/{feed.Secret}.ics"));
    }

    private static async Task<NoContent> Revoke(EventsService.EventsServiceClient events, CancellationToken ct)
    {
        await events.RevokeCalendarFeedAsync(new RevokeCalendarFeedRequest(), cancellationToken: ct);
        return TypedResults.NoContent();
    }

    private static async Task<ContentHttpResult> Feed(
        string secret, HttpContext http, ServiceIdentity identity, TimeProvider time, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var asGateway = new Metadata { { "authorization", "Bearer " + await identity.GetTokenAsync(ct) } };
        var feed = await events.ListCalendarFeedEventsAsync(new ListCalendarFeedEventsRequest { Secret = secret }, asGateway, cancellationToken: ct);
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.Text(IcsCalendar.Of(feed.Events, time.GetUtcNow()), IcsCalendar.ContentType);
    }
}
