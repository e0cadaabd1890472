using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Segmentation.Events.V1;
using Segmentation.Gateway.Errors;
using Segmentation.Gateway.Input;
using Segmentation.Gateway.Limits;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>API.md "Events": schedule, complete, reschedule, delete, list and import. Whose events a
/// caller may touch is decided by the Events service from the forwarded token (404 otherwise), and so is
/// who did it: no body names a creator, completer or importer. Every write takes a requestId (body or
/// query): a retry with the same id returns the committed result.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events").WithCommonProblems();
        api.MapPost("/schedule", Schedule).WithName("ScheduleEvent").AsWrite().MayAnswer(404, 409)
            .WithSummary("Schedule an event")
            .WithDescription("201 with the new event; a retry with the same requestId answers 200 with the event first created.");
        api.MapGet("", ListEvents).WithName("ListEvents").WithSummary("List events (filtered, paged)");
        api.MapGet("/{id}", GetEvent).WithName("GetEvent").MayAnswer(404).WithSummary("One event");
        api.MapPost("/{id}/complete", Complete).WithName("CompleteEvent").AsWrite().MayAnswer(404)
            .WithSummary("Mark an event completed")
            .WithDescription("completedDate defaults to the event's date; it may not be in the future (business time zone).");
        api.MapPost("/{id}/reopen", Reopen).WithName("ReopenEvent").AsWrite().MayAnswer(404)
            .WithSummary("Reopen a completed event");
        api.MapPatch("/{id}", Update).WithName("UpdateEvent").AsWrite().MayAnswer(404, 409)
            .WithSummary("Reschedule or edit an event (only the fields sent change)");
        api.MapDelete("/{id}", Delete).WithName("DeleteEvent").AsWrite().MayAnswer(404).WithSummary("Delete an event");
        // 415 is chosen at run time by the upload reader (ProblemHttpResult carries no status in its type).
        api.MapPost("/import", Import).WithName("ImportEvents")
            .Accepts<byte[]>("text/csv", ImportUpload.Xlsx, "multipart/form-data")
            .WithMetadata(new BodyLimit(ImportLimit(app))).AsWrite().MayAnswer(415)
            .WithSummary("Import events from CSV or .xlsx")
            .WithDescription("All or nothing: with any rejected row nothing is imported and the answer is 400 listing the rows. dryRun=true validates only.");
        return app;
    }

    private static long ImportLimit(IEndpointRouteBuilder app) =>
        app.ServiceProvider.GetRequiredService<IOptions<GatewayLimits>>().Value.ImportBodyBytes;

    private static async Task<Results<Created<EventDto>, Ok<EventDto>>> Schedule(
        ScheduleEventBody body, string? requestId, HttpContext http, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var byId = !string.IsNullOrWhiteSpace(body.EventTypeId);
        FieldAliases.Set(http, "event_type", byId ? "eventTypeId" : "eventCode");
        var request = new ScheduleEventRequest
        {
            ClientName = Wire.Text(body.ClientName),
            EventType = byId ? body.EventTypeId! : Wire.Text(body.EventCode),
            EventDate = Wire.Date(body.EventDate),
            Notes = Wire.Text(body.Notes),
            MeetingLink = Wire.Text(body.MeetingLink),
            Location = Wire.Text(body.Location),
            RequestId = Wire.Text(body.RequestId ?? requestId),
            Completed = body.Completed ?? false,
            CompletedDate = Wire.Date(body.CompletedDate),
        };
        request.Attendees.Add(Wire.Texts(body.Attendees));
        var response = await events.ScheduleEventAsync(request, headers: DashboardCall.SourceOf(http), cancellationToken: ct);
        var dto = EventDto.From(response.Event);
        return response.Replayed ? TypedResults.Ok(dto) : TypedResults.Created($"/api/events/{dto.Id}", dto);
    }

    private static async Task<Ok<EventListDto>> ListEvents(
        string? clientName, QueryYear? year, string? eventCode, bool? completed, QueryDate? from, QueryDate? to,
        int? pageSize, string? pageToken, HttpContext http, EventsService.EventsServiceClient events, CancellationToken ct,
        [Description("calendar (default) or assessment: Jan 1 of year through each client's deadline (SPEC §5)")] string? window = null)
    {
        FieldAliases.Set(http, "from_date", "from");
        FieldAliases.Set(http, "to_date", "to");
        var request = new ListEventsRequest
        {
            ClientName = Wire.Text(clientName),
            Year = year?.Value ?? 0,
            EventType = Wire.Text(eventCode),
            Completed = completed,
            FromDate = Wire.Date(from?.Value),
            ToDate = Wire.Date(to?.Value),
            PageSize = pageSize ?? 0,
            PageToken = Wire.Text(pageToken),
            Window = Wire.Text(window),
        };
        var response = await events.ListEventsAsync(request, cancellationToken: ct);
        return TypedResults.Ok(new EventListDto([.. response.Events.Select(EventDto.From)], response.NextPageToken));
    }

    private static async Task<Ok<EventDto>> GetEvent(Guid id, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var found = await events.GetEventAsync(new GetEventRequest { Id = id.ToString() }, cancellationToken: ct);
        return TypedResults.Ok(EventDto.From(found));
    }

    private static async Task<Ok<EventDto>> Complete(
        Guid id, CompleteEventBody? body, string? requestId, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var completed = await events.CompleteEventAsync(new CompleteEventRequest
        {
            Id = id.ToString(),
            CompletedDate = Wire.Date(body?.CompletedDate),
            RequestId = Wire.Text(body?.RequestId ?? requestId),
        }, cancellationToken: ct);
        return TypedResults.Ok(EventDto.From(completed));
    }

    private static async Task<Ok<EventDto>> Reopen(Guid id, string? requestId, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var reopened = await events.ReopenEventAsync(
            new ReopenEventRequest { Id = id.ToString(), RequestId = Wire.Text(requestId) }, cancellationToken: ct);
        return TypedResults.Ok(EventDto.From(reopened));
    }

    private static async Task<Ok<EventDto>> Update(
        Guid id, UpdateEventBody body, string? requestId, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        var request = new UpdateEventRequest
        {
            Id = id.ToString(),
            EventDate = body.EventDate is null ? null : Wire.Date(body.EventDate),
            Notes = body.Notes,
            MeetingLink = body.MeetingLink,
            Location = body.Location,
            RequestId = Wire.Text(body.RequestId ?? requestId),
        };
        if (body.Attendees is not null)
        {
            request.Attendees = new AttendeeList();
            request.Attendees.Values.Add(Wire.Texts(body.Attendees));
        }
        var updated = await events.UpdateEventAsync(request, cancellationToken: ct);
        return TypedResults.Ok(EventDto.From(updated));
    }

    private static async Task<NoContent> Delete(Guid id, string? requestId, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        await events.DeleteEventAsync(new DeleteEventRequest { Id = id.ToString(), RequestId = Wire.Text(requestId) }, cancellationToken: ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ImportResultDto>, ValidationProblem, ProblemHttpResult>> Import(
        bool? dryRun, HttpContext http, IOptions<GatewayLimits> limits, EventsService.EventsServiceClient events, CancellationToken ct)
    {
        // Events names the file as a whole "content" (and rows as "rows[N]"); the caller sent a body.
        FieldAliases.Set(http, "content", "body");
        FieldAliases.Set(http, "format", "body");
        var (upload, error) = await ImportUpload.ReadAsync(http.Request, limits.Value.ImportBodyBytes, ct);
        if (error is not null) return error;
        await using var file = upload!;
        var response = await ImportCall.SendAsync(events, file, dryRun ?? false, ct);
        return response.Committed || response.DryRun ? TypedResults.Ok(ImportResultDto.From(response)) : ImportRefusal.Of(response);
    }
}
