using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: client aliases (admin only).</summary>
[Authorize(Policy = Roles.AdminPolicy)]
public sealed class AliasesGrpcService(ClientRepository clients, ClientWriter clientWriter, ClientMessages messages)
    : RequirementsService.RequirementsServiceBase
{
    /// <summary>An alias never names a second client: one that is already a client's name or another client's
    /// alias is ALREADY_EXISTS; repeating the same alias is a no-op.</summary>
    public override async Task<Client> AddAlias(AddAliasRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "A client name is required.");
        var alias = validation.StoredName(request.Alias, "alias");
        validation.ThrowIfInvalid();
        var client = await clients.VisibleAsync(request.Name, "name", caller, context.CancellationToken);
        await clientWriter.AddAliasAsync(client.Name, alias, caller.Name, context.CancellationToken);
        return await messages.ForAsync(client, context.CancellationToken);
    }

    /// <summary>The alias is read with the same text rule as AddAlias, so it matches what was stored; one that
    /// is not this client's alias (including the client's own name) is NOT_FOUND.</summary>
    public override async Task<Client> RemoveAlias(RemoveAliasRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "A client name is required.");
        var alias = validation.Name(request.Alias, "alias");
        validation.ThrowIfInvalid();
        var client = await clients.VisibleAsync(request.Name, "name", context.Caller(), context.CancellationToken);
        if (!await clientWriter.RemoveAliasAsync(client.Name, alias, context.CancellationToken))
            throw new NotFoundException($"'{alias}' is not an alias of '{client.Name}'.");
        return await messages.ForAsync(client, context.CancellationToken);
    }
}
