using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Clients;

/// <summary>Client names through Requirements.Service's ResolveClients, called with the caller's
/// forwarded token: a CSE gets found = false for another CSE's client, so the per-CSE rule is
/// decided there and Events never reads nps_clients.</summary>
public sealed class ClientDirectory(RequirementsService.RequirementsServiceClient requirements)
{
    /// <summary>Trimmed requested name → canonical name, for the names the caller may see; others are absent.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ResolveAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var distinct = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0) return new Dictionary<string, string>();
        var request = new ResolveClientsRequest();
        request.Names.Add(distinct);
        var response = await requirements.ResolveClientsAsync(request, cancellationToken: ct);
        return response.Clients
            .Where(c => c.Found)
            .GroupBy(c => c.Requested.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    public async Task<string?> ResolveAsync(string name, CancellationToken ct) =>
        (await ResolveAsync([name], ct)).GetValueOrDefault(name.Trim());

    /// <summary>The subset of canonical client names this caller may see (all of them for admins and services).</summary>
    public async Task<IReadOnlySet<string>> VisibleAsync(Caller caller, IEnumerable<string> clientNames, CancellationToken ct)
    {
        if (caller.IsAdmin) return clientNames.ToHashSet(StringComparer.Ordinal);
        var resolved = await ResolveAsync(clientNames, ct);
        // Only exact canonical matches count: a name that is merely an alias of a visible client is not that client.
        return resolved.Where(p => p.Key == p.Value).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> CanSeeAsync(Caller caller, string clientName, CancellationToken ct) =>
        caller.IsAdmin || (await VisibleAsync(caller, [clientName], ct)).Contains(clientName);

    /// <summary>Each visible client's SPEC §5 event window for <paramref name="year"/>, decided by
    /// Requirements (the authority on deadlines) in one streamed batch call; <paramref name="clientNames"/>
    /// null = every client the caller may see. Clients the caller may not see are absent.</summary>
    public async Task<IReadOnlyList<ClientDateWindow>> AssessmentWindowsAsync(
        int year, IReadOnlyCollection<string>? clientNames, CancellationToken ct)
    {
        var request = new StreamAssessmentsRequest { Year = year };
        if (clientNames is not null) request.ClientNames.Add(clientNames);
        using var call = requirements.StreamAssessments(request, cancellationToken: ct);
        var windows = new List<ClientDateWindow>();
        await foreach (var assessment in call.ResponseStream.ReadAllAsync(ct))
        {
            // A client with no period in the year has no window. Requirements produced these dates:
            // a malformed one is a contract breach, not bad input.
            if (assessment.WindowStart.Length == 0 || assessment.WindowEnd.Length == 0) continue;
            windows.Add(new ClientDateWindow(assessment.ClientName,
                CalendarDates.Parse(assessment.WindowStart), CalendarDates.Parse(assessment.WindowEnd)));
        }
        return windows;
    }
}
