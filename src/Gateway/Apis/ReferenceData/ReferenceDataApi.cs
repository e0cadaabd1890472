using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.ReferenceData;

/// <summary>API.md "Reference data": segments, event types, the requirement matrix and its history.</summary>
public static class ReferenceDataApi
{
    public static IEndpointRouteBuilder MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference data").WithCommonProblems();
        api.MapGet("/segments", ListSegments).WithName("ListSegments").WithSummary("The segments");
        api.MapGet("/event-types", ListEventTypes).WithName("ListEventTypes").WithSummary("The event types");
        api.MapGet("/requirements", ListRequirements).WithName("ListRequirements").MayAnswer(403)
            .WithSummary("The requirement matrix (required events per segment and type)");
        api.MapPut("/requirements/{segment}/{eventCode}", UpdateRequirement).WithName("UpdateRequirement").AsWrite().AdminOnly()
            .MayAnswer(404).WithSummary("Change one cell of the matrix (audited)");
        api.MapGet("/requirements/history", ListRequirementHistory).WithName("ListRequirementHistory").AdminOnly()
            .WithSummary("The audit of matrix changes");
        return app;
    }

    private static async Task<Ok<SegmentDto[]>> ListSegments(RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListSegmentsAsync(new ListSegmentsRequest(), cancellationToken: ct);
        return TypedResults.Ok(response.Segments.Select(SegmentDto.From).ToArray());
    }

    private static async Task<Ok<EventTypeDto[]>> ListEventTypes(RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListEventTypesAsync(new ListEventTypesRequest(), cancellationToken: ct);
        return TypedResults.Ok(response.EventTypes.Select(EventTypeDto.From).ToArray());
    }

    /// <param name="includeZero">Admins only (403 for a CSE): also the cells with a required count of 0.</param>
    private static async Task<Ok<RequirementDto[]>> ListRequirements(
        string? segment, bool? includeZero, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListRequirementsAsync(
            new ListRequirementsRequest { Segment = Wire.Text(segment), IncludeZero = includeZero ?? false }, cancellationToken: ct);
        return TypedResults.Ok(response.Requirements.Select(RequirementDto.From).ToArray());
    }

    private static async Task<Ok<RequirementDto>> UpdateRequirement(
        string segment, string eventCode, UpdateRequirementBody body,
        RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var updated = await requirements.UpdateRequirementAsync(new UpdateRequirementRequest
        {
            Segment = segment,
            EventType = eventCode,
            RequiredCountPerYear = body.RequiredCountPerYear,
            PriorityLevel = Wire.Text(body.PriorityLevel),
        }, cancellationToken: ct);
        return TypedResults.Ok(RequirementDto.From(updated));
    }

    private static async Task<Ok<RequirementAuditDto[]>> ListRequirementHistory(
        string? segment, string? eventCode, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListRequirementHistoryAsync(
            new ListRequirementHistoryRequest { Segment = Wire.Text(segment), EventType = Wire.Text(eventCode) }, cancellationToken: ct);
        return TypedResults.Ok(response.Entries.Select(RequirementAuditDto.From).ToArray());
    }
}
