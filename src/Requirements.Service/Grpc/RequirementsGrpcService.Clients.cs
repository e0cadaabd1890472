using Grpc.Core;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

public sealed partial class RequirementsGrpcService
{
    private const int MaxCseLength = 100;

    /// <summary>Admin only. The client starts with one period from segment_since (default today);
    /// a name that is already a client or an alias is ALREADY_EXISTS.</summary>
    public override async Task<Client> CreateClient(CreateClientRequest request, ServerCallContext context)
    {
        RequireAdmin(context);
        var validation = new Validation();
        var name = validation.StoredName(request.Name, "name");
        var segment = validation.Segment(request.Segment);
        var cse = validation.StoredName(request.Cse, "cse", MaxCseLength, required: false);
        var since = validation.Date(request.SegmentSince, "segment_since", clock.Today());
        validation.ThrowIfInvalid();

        await clientWriter.CreateAsync(new NewClient(name, segment!, cse.Length == 0 ? null : cse, since), context.CancellationToken);
        return await ClientMessageAsync(new ClientRow(name, segment!, cse), context.CancellationToken);
    }

    /// <summary>By name or alias, with aliases and segment history.</summary>
    public override async Task<Client> GetClient(GetClientRequest request, ServerCallContext context)
    {
        var client = await VisibleClientAsync(request.Name, "name", CallerOf(context), context.CancellationToken);
        return await ClientMessageAsync(client, context.CancellationToken);
    }

    /// <summary>Admin only. An empty cse leaves the client unassigned.</summary>
    public override async Task<Client> ReassignCse(ReassignCseRequest request, ServerCallContext context)
    {
        var caller = RequireAdmin(context);
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "A client name is required.");
        var cse = validation.StoredName(request.Cse, "cse", MaxCseLength, required: false);
        validation.ThrowIfInvalid();
        var client = await VisibleClientAsync(request.Name, "name", caller, context.CancellationToken);
        if (!await clients.ReassignCseAsync(client.Name, cse.Length == 0 ? null : cse, context.CancellationToken))
        {
            throw new NotFoundException($"Client '{client.Name}' does not exist.");
        }
        return await ClientMessageAsync(client with { Cse = cse }, context.CancellationToken);
    }

    /// <summary>Admin only. An alias never names a second client: one that is already a client's
    /// name or another client's alias is ALREADY_EXISTS; repeating the same alias is a no-op.</summary>
    public override async Task<Client> AddAlias(AddAliasRequest request, ServerCallContext context)
    {
        var caller = RequireAdmin(context);
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "A client name is required.");
        var alias = validation.StoredName(request.Alias, "alias");
        validation.ThrowIfInvalid();
        var client = await VisibleClientAsync(request.Name, "name", caller, context.CancellationToken);
        await clientWriter.AddAliasAsync(client.Name, alias, caller.Name, context.CancellationToken);
        return await ClientMessageAsync(client, context.CancellationToken);
    }

    /// <summary>Resolves names or aliases for other services. Another CSE's client answers found = false.</summary>
    public override async Task<ResolveClientsResponse> ResolveClients(ResolveClientsRequest request, ServerCallContext context)
    {
        var caller = CallerOf(context);
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

    private async Task<Client> ClientMessageAsync(ClientRow row, CancellationToken ct)
    {
        var message = new Client { Name = row.Name, Segment = row.Segment, Cse = row.Cse };
        message.Aliases.Add(await clients.AliasesOfAsync(row.Name, ct));
        message.SegmentHistory.Add((await segmentHistory.ListAsync(row.Name, ct)).Select(p => p.ToMessage()));
        return message;
    }
}
