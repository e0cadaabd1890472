using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Identity.Users;

/// <summary>One admin and every CSE Requirements knows, asked over gRPC (ListClients, all pages) as this
/// provider's own service identity; kept for a short while so a login page does not page through every client.</summary>
public sealed class DevelopmentUsers(RequirementsService.RequirementsServiceClient requirements, ServiceIdentity identity, TimeProvider? time = null)
{
    public static readonly DevelopmentUser Admin = new("admin", "Admin", Roles.Admin);
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private (IReadOnlyList<DevelopmentUser> Users, DateTimeOffset At)? _cached;

    public async Task<IReadOnlyList<DevelopmentUser>> ListAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } c && _time.GetUtcNow() - c.At < KeepFor) return c.Users;
        var headers = new Metadata { { "authorization", "Bearer " + await identity.GetTokenAsync(cancellationToken) } };
        var cses = new SortedSet<string>(StringComparer.Ordinal);
        var request = new ListClientsRequest { PageSize = 500 };
        do
        {
            var page = await requirements.ListClientsAsync(request, headers, cancellationToken: cancellationToken);
            cses.UnionWith(page.Clients.Select(x => x.Cse).Where(x => !string.IsNullOrWhiteSpace(x)));
            request.PageToken = page.NextPageToken;
        } while (!string.IsNullOrEmpty(request.PageToken));
        IReadOnlyList<DevelopmentUser> users = [Admin, .. cses.Select(cse => new DevelopmentUser(cse, cse, Roles.Cse))];
        _cached = (users, _time.GetUtcNow());
        return users;
    }

    public async Task<DevelopmentUser?> FindAsync(string? userName, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(userName) ? null
            : (await ListAsync(cancellationToken)).FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.Ordinal));
}
