using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.ReferenceData;

/// <summary>API.md "Reference data": segments, event types, the requirement matrix and its history.</summary>
public static class ReferenceDataApi
{
    public static IEndpointRouteBuilder MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference data").WithCommonProblems();
        api.MapGet("/segments", ListSegments).WithName("ListSegments").Produces<SegmentDto[]>();
        api.MapGet("/event-types", ListEventTypes).WithName("ListEventTypes").Produces<EventTypeDto[]>();
        api.MapGet("/requirements", ListRequirements).WithName("ListRequirements")
            .Produces<RequirementDto[]>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/requirements/{segment}/{eventCode}", UpdateRequirement).WithName("UpdateRequirement")
            .Produces<RequirementDto>().ProducesProblem(StatusCodes.Status404NotFound).AsWrite().AdminOnly();
        api.MapGet("/requirements/history", ListRequirementHistory).WithName("ListRequirementHistory")
            .Produces<RequirementAuditDto[]>().ProducesValidationProblem().AdminOnly();
        return app;
    }

    private static async Task<IResult> ListSegments(RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListSegmentsAsync(new ListSegmentsRequest(), cancellationToken: ct);
        return Results.Ok(response.Segments.Select(SegmentDto.From));
    }

    private static async Task<IResult> ListEventTypes(RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListEventTypesAsync(new ListEventTypesRequest(), cancellationToken: ct);
        return Results.Ok(response.EventTypes.Select(EventTypeDto.From));
    }

    /// <param name="includeZero">Admins only (403 for a CSE): also the cells with a required count of 0.</param>
    private static async Task<IResult> ListRequirements(
        string? segment, bool? includeZero, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListRequirementsAsync(
            new ListRequirementsRequest { Segment = Wire.Text(segment), IncludeZero = includeZero ?? false }, cancellationToken: ct);
        return Results.Ok(response.Requirements.Select(RequirementDto.From));
    }

    private static async Task<IResult> UpdateRequirement(
        string segment, string eventCode, UpdateRequirementBody body,
        RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var missing = new Dictionary<string, string[]>();
        if (body.RequiredCountPerYear is null) missing["requiredCountPerYear"] = ["This value is required."];
        if (string.IsNullOrWhiteSpace(body.PriorityLevel)) missing["priorityLevel"] = ["This value is required."];
        if (missing.Count > 0) return Results.ValidationProblem(missing);

        var updated = await requirements.UpdateRequirementAsync(new UpdateRequirementRequest
        {
            Segment = segment,
            EventType = eventCode,
            RequiredCountPerYear = body.RequiredCountPerYear!.Value,
            PriorityLevel = body.PriorityLevel!,
        }, cancellationToken: ct);
        return Results.Ok(RequirementDto.From(updated));
    }

    private static async Task<IResult> ListRequirementHistory(
        string? segment, string? eventCode, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListRequirementHistoryAsync(
            new ListRequirementHistoryRequest { Segment = Wire.Text(segment), EventType = Wire.Text(eventCode) }, cancellationToken: ct);
        return Results.Ok(response.Entries.Select(RequirementAuditDto.From));
    }
}
