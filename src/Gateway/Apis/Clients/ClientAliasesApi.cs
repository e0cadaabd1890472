using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Gateway.Errors;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>GET|POST|DELETE /api/clients/{clientName}/aliases. Reads follow the per-CSE rule (another
/// CSE's client is 404); writes are admin only. The conflict rules (409) live in Requirements.</summary>
public static class ClientAliasesApi
{
    public static RouteGroupBuilder MapClientAliases(this RouteGroupBuilder clients)
    {
        clients.MapGet("/{clientName}/aliases", List).WithName("ListClientAliases").WithSummary("A client's aliases");
        clients.MapPost("/{clientName}/aliases", Add).WithName("AddClientAlias").AsWrite().AdminOnly().MayAnswer(404, 409)
            .WithSummary("Add an alias (repeating one the client has answers the same)");
        clients.MapDelete("/{clientName}/aliases", Remove).WithName("RemoveClientAlias").AsWrite().AdminOnly().MayAnswer(404)
            .WithSummary("Remove an alias (named in the query: aliases may contain a slash)");
        return clients;
    }

    private static async Task<Results<Ok<ClientAliasesDto>, NotFoundProblem>> List(
        string clientName, ClaimsPrincipal user, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var client = await requirements.GetClientAsync(new GetClientRequest { Name = Wire.RouteName(clientName) }, cancellationToken: ct);
        return Caller.From(user).CanSee(client.Cse) ? TypedResults.Ok(ClientAliasesDto.From(client)) : Hidden.NotFound();
    }

    /// <summary>Repeating an alias the client already has changes nothing and answers the same.</summary>
    private static async Task<Created<ClientAliasesDto>> Add(
        string clientName, AliasBody body, HttpContext http, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        FieldAliases.Set(http, "name", "clientName");
        var client = await requirements.AddAliasAsync(
            new AddAliasRequest { Name = Wire.RouteName(clientName), Alias = Wire.Text(body.Alias) }, cancellationToken: ct);
        return TypedResults.Created($"/api/clients/{Uri.EscapeDataString(client.Name)}/aliases", ClientAliasesDto.From(client));
    }

    /// <param name="alias">The alias to remove (a query value, since aliases may contain a slash).</param>
    private static async Task<NoContent> Remove(
        string clientName, string? alias, HttpContext http, RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        FieldAliases.Set(http, "name", "clientName");
        await requirements.RemoveAliasAsync(
            new RemoveAliasRequest { Name = Wire.RouteName(clientName), Alias = Wire.Text(alias) }, cancellationToken: ct);
        return TypedResults.NoContent();
    }
}
