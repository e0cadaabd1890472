using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Compliance.Upstream;

/// <summary>Client identity from Requirements.Service, with the caller's visibility applied there.</summary>
public sealed class ClientDirectory(RequirementsService.RequirementsServiceClient requirements)
{
    /// <summary>The stored name of a client given by name or alias; NOT_FOUND when unknown or not visible.</summary>
    public async Task<string> CanonicalNameAsync(string nameOrAlias, CancellationToken ct)
    {
        var request = new ResolveClientsRequest { Names = { nameOrAlias } };
        var resolved = (await requirements.ResolveClientsAsync(request, cancellationToken: ct)).Clients.SingleOrDefault();
        return resolved is { Found: true } ? resolved.Name : throw new NotFoundException($"Client '{nameOrAlias}' does not exist.");
    }
}
