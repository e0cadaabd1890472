using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Events.Upstream;

/// <summary>Client names and the per-CSE access decision, as Requirements.Service (the authority) decides them.
/// Events asks ResolveClients as the internal service, so the answer is the truth for every name, keeps it in
/// <see cref="DirectoryCache"/> until Requirements announces a change, and applies <see cref="Caller.CanSee"/>
/// to it: a warm request costs no call at all, a cold name one ResolveClients call. Events never reads nps_clients.</summary>
public sealed class ClientDirectory(RequirementsService.RequirementsServiceClient requirements, DirectoryCache cache, IHttpContextAccessor accessor)
{
    /// <summary>The caller of the current request; outside any request (background work) the service itself.</summary>
    private Caller CurrentCaller => accessor.HttpContext is { } http ? Caller.From(http.User) : new Caller("internal-service", true, null);

    /// <summary>Trimmed requested name → canonical name, for the names the current caller may see; others are absent.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ResolveAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var caller = CurrentCaller;
        return (await LookupAsync(names, ct))
            .Where(p => caller.CanSee(p.Value.Cse))
            .ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal);
    }

    public async Task<string?> ResolveAsync(string name, CancellationToken ct) =>
        (await ResolveAsync([name], ct)).GetValueOrDefault(name.Trim());

    /// <summary>The subset of canonical client names this caller may see (all of them for admins and services).</summary>
    public async Task<IReadOnlySet<string>> VisibleAsync(Caller caller, IEnumerable<string> clientNames, CancellationToken ct)
    {
        if (caller.IsAdmin) return clientNames.ToHashSet(StringComparer.Ordinal);
        // Only exact canonical matches count: a name that is merely an alias of a visible client is not that client.
        return (await LookupAsync(clientNames, ct))
            .Where(p => p.Key == p.Value.Name && caller.CanSee(p.Value.Cse))
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> CanSeeAsync(Caller caller, string clientName, CancellationToken ct) =>
        caller.IsAdmin || (await VisibleAsync(caller, [clientName], ct)).Contains(clientName);

    /// <summary>Trimmed name → what Requirements says it is (absent when unknown), from the cache, with one
    /// ResolveClients call for the names it does not hold.</summary>
    private async Task<Dictionary<string, ResolvedName>> LookupAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var found = new Dictionary<string, ResolvedName>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (cache.TryGetClient(name, out var hit)) found[name] = hit;
            else missing.Add(name);
        }
        if (missing.Count == 0) return found;
        var generation = cache.Generation;
        var request = new ResolveClientsRequest();
        request.Names.Add(missing);
        var response = await requirements.ResolveClientsAsync(request, cancellationToken: ct);
        foreach (var client in response.Clients.Where(c => c.Found))
        {
            var resolved = new ResolvedName(client.Name, client.Cse);
            found[client.Requested.Trim()] = resolved;
            cache.StoreClient(client.Requested.Trim(), resolved, generation);
        }
        return found;
    }
}
