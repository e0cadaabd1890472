using System.Security.Claims;
using Segmentation.Gateway.Errors;
using Segmentation.Gateway.Input;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>API.md "Clients". The Requirements service applies the per-CSE rules (it sees the forwarded
/// token); the gateway checks the answer once more so it can never hand out another CSE's client.</summary>
public static class ClientsApi
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clients").WithTags("Clients").WithCommonProblems();
        api.MapGet("", ListClients).WithName("ListClients").Produces<ClientListDto>().ProducesValidationProblem();
        api.MapGet("/{clientName}", GetClient).WithName("GetClient").Produces<ClientDto>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", CreateClient).WithName("CreateClient")
            .Produces<ClientDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict).AsWrite().AdminOnly();
        api.MapPost("/{clientName}/segment-changes", ChangeSegment).WithName("ChangeSegment")
            .Produces<ClientDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .AsWrite().AdminOnly();
        api.MapGet("/{clientName}/deadline", GetDeadline).WithName("GetDeadline")
            .Produces<DeadlineDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{clientName}/exclusions", ListExclusions).WithName("ListExclusions")
            .Produces<ExclusionDto[]>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{clientName}/exclusions/{eventCode}", SetExclusion).WithName("SetExclusion")
            .Produces<ExclusionDto>().ProducesProblem(StatusCodes.Status404NotFound).AsWrite().AdminOnly();
        api.MapDelete("/{clientName}/exclusions/{eventCode}", RemoveExclusion).WithName("RemoveExclusion")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).AsWrite().AdminOnly();
        api.MapClientAliases();
        return app;
    }

    private static async Task<IResult> ListClients(
        string? cse, string? segment, string? search, int? pageSize, string? pageToken, ClaimsPrincipal user,
        RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        if (Paging.Invalid(pageSize) is { } invalid) return invalid;
        var response = await requirements.ListClientsAsync(new ListClientsRequest
        {
            Cse = Wire.Text(cse),
            Segment = Wire.Text(segment),
            Search = Wire.Text(search),
            PageSize = pageSize ?? 0,
            PageToken = Wire.Text(pageToken),
        }, cancellationToken: ct);
        var caller = Caller.From(user);
        return Results.Ok(new ClientListDto(
            [.. response.Clients.Where(c => caller.CanSee(c.Cse)).Select(ClientSummaryDto.From)], response.NextPageToken));
    }

    private static async Task<IResult> GetClient(
        string clientName, ClaimsPrincipal user, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var client = await requirements.GetClientAsync(new GetClientRequest { Name = Wire.RouteName(clientName) }, cancellationToken: ct);
        return Caller.From(user).CanSee(client.Cse) ? Results.Ok(ClientDto.From(client)) : Hidden.NotFound();
    }

    private static async Task<IResult> CreateClient(
        CreateClientBody body, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var client = await requirements.CreateClientAsync(new CreateClientRequest
        {
            Name = Wire.Text(body.Name),
            Segment = Wire.Text(body.Segment),
            Cse = Wire.Text(body.Cse),
            SegmentSince = Wire.Date(body.SegmentSince),
        }, cancellationToken: ct);
        return Results.Created($"/api/clients/{Uri.EscapeDataString(client.Name)}", ClientDto.From(client));
    }

    private static async Task<IResult> ChangeSegment(
        string clientName, SegmentChangeBody body, HttpContext http, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        FieldAliases.Set(http, "name", "clientName");
        var client = await requirements.ChangeSegmentAsync(new ChangeSegmentRequest
        {
            Name = Wire.RouteName(clientName),
            Segment = Wire.Text(body.Segment),
            EffectiveFrom = Wire.Date(body.EffectiveFrom),
            Notes = Wire.Text(body.Notes),
        }, cancellationToken: ct);
        return Results.Ok(ClientDto.From(client));
    }

    private static async Task<IResult> GetDeadline(
        string clientName, QueryYear? year, QueryDate? asOf, HttpContext http,
        RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        FieldAliases.Set(http, "client_name", "clientName");
        var assessment = await requirements.GetAssessmentAsync(new GetAssessmentRequest
        {
            ClientName = Wire.RouteName(clientName),
            Year = year?.Value ?? 0,
            AsOf = Wire.Date(asOf?.Value),
        }, cancellationToken: ct);
        return Caller.From(http.User).CanSee(assessment.Cse) ? Results.Ok(DeadlineDto.From(assessment)) : Hidden.NotFound();
    }

    private static async Task<IResult> ListExclusions(
        string clientName, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListExclusionsAsync(new ListExclusionsRequest { ClientName = Wire.RouteName(clientName) }, cancellationToken: ct);
        return Results.Ok(response.Exclusions.Select(ExclusionDto.From));
    }

    private static async Task<IResult> SetExclusion(
        string clientName, string eventCode, ExclusionBody body, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var exclusion = await requirements.SetExclusionAsync(new SetExclusionRequest
        {
            ClientName = Wire.RouteName(clientName),
            EventType = eventCode,
            Reason = Wire.Text(body.Reason),
        }, cancellationToken: ct);
        return Results.Ok(ExclusionDto.From(exclusion));
    }

    private static async Task<IResult> RemoveExclusion(
        string clientName, string eventCode, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.RemoveExclusionAsync(
            new RemoveExclusionRequest { ClientName = Wire.RouteName(clientName), EventType = eventCode }, cancellationToken: ct);
        return response.Removed ? Results.NoContent() : Hidden.NotFound();
    }
}
