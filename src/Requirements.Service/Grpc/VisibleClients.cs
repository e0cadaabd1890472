using Segmentation.Requirements.Data;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

/// <summary>The access decision, made here and nowhere else: the canonical client for a name or alias if the
/// caller may see it; another CSE's client is NOT_FOUND exactly as if it did not exist.</summary>
internal static class VisibleClients
{
    public static async Task<ClientRow> VisibleAsync(this ClientRepository clients, string nameOrAlias, string field, Caller caller,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nameOrAlias)) throw new ValidationException(field, "A client name is required.");
        var client = await clients.FindAsync(nameOrAlias, ct);
        return client is not null && caller.CanSee(client.Cse)
            ? client
            : throw new NotFoundException($"Client '{nameOrAlias.Trim()}' does not exist.");
    }
}
