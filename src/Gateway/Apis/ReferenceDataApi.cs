using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis;

/// <summary>GET /api/segments, /api/event-types, /api/requirements … (API.md "Reference data").</summary>
public static class ReferenceDataApi
{
    public static IEndpointRouteBuilder MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference data");
        api.MapGet("/event-types", ListEventTypes).WithName("ListEventTypes");
        return app;
    }

    private static async Task<IResult> ListEventTypes(RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListEventTypesAsync(new ListEventTypesRequest(), cancellationToken: ct);
        return Results.Ok(response.EventTypes.Select(EventTypeDto.From));
    }
}
