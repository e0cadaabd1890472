using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
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
        api.MapGet("", ListClients).WithName("ListClients").WithSummary("List clients (a CSE sees own clients only)");
        api.MapGet("/{clientName}", GetClient).WithName("GetClient").WithSummary("One client by name or alias");
        api.MapPost("", CreateClient).WithName("CreateClient").AsWrite().AdminOnly().MayAnswer(409).WithSummary("Create a client");
        api.MapPost("/{clientName}/segment-changes", ChangeSegment).WithName("ChangeSegment").AsWrite().AdminOnly().MayAnswer(404, 409)
            .WithSummary("Move a client to another segment from a date");
        api.MapGet("/{clientName}/deadline", GetDeadline).WithName("GetDeadline")
            .WithSummary("A client's assessment deadline for a year");
        api.MapGet("/{clientName}/exclusions", ListExclusions).WithName("ListExclusions").MayAnswer(404)
            .WithSummary("Event types excluded for a client");
        api.MapPut("/{clientName}/exclusions/{eventCode}", SetExclusion).WithName("SetExclusion").AsWrite().AdminOnly().MayAnswer(404)
            .WithSummary("Exclude an event type for a client");
        api.MapDelete("/{clientName}/exclusions/{eventCode}", RemoveExclusion).WithName("RemoveExclusion").AsWrite().AdminOnly()
            .WithSummary("Remove an exclusion");
        api.MapClientAliases();
        return app;
    }

    private static async Task<Ok<ClientListDto>> ListClients(
        string? cse, string? segment, string? search, int? pageSize, string? pageToken, ClaimsPrincipal user,
        RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListClientsAsync(new ListClientsRequest
        {
            Cse = Wire.Text(cse),
            Segment = Wire.Text(segment),
            Search = Wire.Text(search),
            PageSize = pageSize ?? 0,
            PageToken = Wire.Text(pageToken),
        }, cancellationToken: ct);
        var caller = Caller.From(user);
        return TypedResults.Ok(new ClientListDto(
            [.. response.Clients.Where(c => caller.CanSee(c.Cse)).Select(ClientSummaryDto.From)], response.NextPageToken));
    }

    private static async Task<Results<Ok<ClientDto>, NotFoundProblem>> GetClient(
        string clientName, ClaimsPrincipal user, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var client = await requirements.GetClientAsync(new GetClientRequest { Name = Wire.RouteName(clientName) }, cancellationToken: ct);
        return Caller.From(user).CanSee(client.Cse) ? TypedResults.Ok(ClientDto.From(client)) : Hidden.NotFound();
    }

    private static async Task<Created<ClientDto>> CreateClient(
        CreateClientBody body, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var client = await requirements.CreateClientAsync(new CreateClientRequest
        {
            Name = Wire.Text(body.Name),
            Segment = Wire.Text(body.Segment),
            Cse = Wire.Text(body.Cse),
            SegmentSince = Wire.Date(body.SegmentSince),
        }, cancellationToken: ct);
        return TypedResults.Created($"/api/clients/{Uri.EscapeDataString(client.Name)}", ClientDto.From(client));
    }

    private static async Task<Ok<ClientDto>> ChangeSegment(
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
        return TypedResults.Ok(ClientDto.From(client));
    }

    private static async Task<Results<Ok<DeadlineDto>, NotFoundProblem>> GetDeadline(
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
        return Caller.From(http.User).CanSee(assessment.Cse) ? TypedResults.Ok(DeadlineDto.From(assessment)) : Hidden.NotFound();
    }

    private static async Task<Ok<ExclusionDto[]>> ListExclusions(
        string clientName, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.ListExclusionsAsync(new ListExclusionsRequest { ClientName = Wire.RouteName(clientName) }, cancellationToken: ct);
        return TypedResults.Ok(response.Exclusions.Select(ExclusionDto.From).ToArray());
    }

    private static async Task<Ok<ExclusionDto>> SetExclusion(
        string clientName, string eventCode, ExclusionBody body, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var exclusion = await requirements.SetExclusionAsync(new SetExclusionRequest
        {
            ClientName = Wire.RouteName(clientName),
            EventType = eventCode,
            Reason = Wire.Text(body.Reason),
        }, cancellationToken: ct);
        return TypedResults.Ok(ExclusionDto.From(exclusion));
    }

    private static async Task<Results<NoContent, NotFoundProblem>> RemoveExclusion(
        string clientName, string eventCode, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var response = await requirements.RemoveExclusionAsync(
            new RemoveExclusionRequest { ClientName = Wire.RouteName(clientName), EventType = eventCode }, cancellationToken: ct);
        return response.Removed ? TypedResults.NoContent() : Hidden.NotFound();
    }
}
