using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

public sealed partial class RequirementsGrpcService
{
    /// <summary>Admin only. The alias is read with the same text rule as AddAlias, so it matches what
    /// was stored; one that is not this client's alias (including the client's own name) is NOT_FOUND.</summary>
    public override async Task<Client> RemoveAlias(RemoveAliasRequest request, ServerCallContext context)
    {
        var caller = RequireAdmin(context);
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "A client name is required.");
        var alias = validation.Name(request.Alias, "alias");
        validation.ThrowIfInvalid();
        var client = await VisibleClientAsync(request.Name, "name", caller, context.CancellationToken);
        if (!await clientWriter.RemoveAliasAsync(client.Name, alias, context.CancellationToken))
            throw new NotFoundException($"'{alias}' is not an alias of '{client.Name}'.");
        return await ClientMessageAsync(client, context.CancellationToken);
    }
}
