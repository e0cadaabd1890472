using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: clients (create, read, CSE assignment) and name resolution for other services.</summary>
public sealed class ClientsGrpcService(ClientRepository clients, ClientWriter clientWriter, ClientMessages messages, BusinessClock clock)
    : RequirementsService.RequirementsServiceBase
{
    private const int MaxCseLength = 100;

    /// <summary>The client starts with one period from segment_since (default today); a name that is
    /// already a client or an alias is ALREADY_EXISTS.</summary>
    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<Client> CreateClient(CreateClientRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var name = validation.StoredName(request.Name, "name");
        var segment = validation.Segment(request.Segment);
        var cse = validation.StoredName(request.Cse, "cse", MaxCseLength, required: false);
        var since = validation.Date(request.SegmentSince, "segment_since", clock.Today());
        validation.ThrowIfInvalid();

        await clientWriter.CreateAsync(new NewClient(name, segment!, cse.Length == 0 ? null : cse, since), context.CancellationToken);
        return await messages.ForAsync(new ClientRow(name, segment!, cse), context.CancellationToken);
    }

    /// <summary>By name or alias, with aliases and segment history.</summary>
    public override async Task<Client> GetClient(GetClientRequest request, ServerCallContext context)
    {
        var client = await clients.VisibleAsync(request.Name, "name", context.Caller(), context.CancellationToken);
        return await messages.ForAsync(client, context.CancellationToken);
    }

    /// <summary>An empty cse leaves the client unassigned. Services caching access decisions are told (NOTIFY).</summary>
    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<Client> ReassignCse(ReassignCseRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "A client name is required.");
        var cse = validation.StoredName(request.Cse, "cse", MaxCseLength, required: false);
        validation.ThrowIfInvalid();
        var client = await clients.VisibleAsync(request.Name, "name", context.Caller(), context.CancellationToken);
        if (!await clients.ReassignCseAsync(client.Name, cse.Length == 0 ? null : cse, context.CancellationToken))
            throw new NotFoundException($"Client '{client.Name}' does not exist.");
        return await messages.ForAsync(client with { Cse = cse }, context.CancellationToken);
    }

    /// <summary>Resolves names or aliases for other services. Another CSE's client answers found = false; a
    /// service caller gets the truth for every name (and enforces the decision itself: the trust rule).</summary>
    public override async Task<ResolveClientsResponse> ResolveClients(ResolveClientsRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var found = await clients.FindManyAsync(request.Names, context.CancellationToken);
        var response = new ResolveClientsResponse();
        foreach (var requested in request.Names)
        {
            var hit = found.GetValueOrDefault(requested.Trim());
            response.Clients.Add(hit is not null && caller.CanSee(hit.Cse)
                ? new ResolvedClient { Requested = requested, Found = true, Name = hit.Name, Segment = hit.Segment, Cse = hit.Cse }
                : new ResolvedClient { Requested = requested, Found = false });
        }
        return response;
    }
}
