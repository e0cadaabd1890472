using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Access;

namespace Segmentation.Gateway.Apis.Live;

/// <summary>Turns a batch of directory notices into live changes: one per distinct client (its CSE from one
/// ResolveClients call) and one per segment whose requirements changed. Event-type notices are left out: the
/// pages read event types once.</summary>
public static class DirectoryChanges
{
    public const string ClientKind = "client";
    public const string RequirementsKind = "requirements";

    public static async Task<IReadOnlyList<LiveChange>> ResolveAsync(IReadOnlyList<string> payloads,
        RequirementsService.RequirementsServiceClient requirements, CancellationToken ct)
    {
        var clients = payloads.Select(DirectoryChannel.ClientOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var changes = new List<LiveChange>();
        if (clients.Count > 0)
        {
            var cses = await new LiveCses(requirements).CsesOfAsync(clients, ct);
            changes.AddRange(clients.Select(name => LiveChange.Directory(ClientKind, name, cses.GetValueOrDefault(name))));
        }
        changes.AddRange(payloads.Select(DirectoryChannel.RequirementsOf).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(segment => LiveChange.Directory(RequirementsKind, "", null, segment)));
        return changes;
    }
}
