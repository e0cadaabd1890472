using Segmentation.Events.V1;
using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Live;

/// <summary>Resolves a batch of changes' clients to their CSEs with one ResolveClients call (distinct names), as the
/// gateway's service identity, which Requirements answers truthfully for every name.</summary>
public sealed class LiveCses(RequirementsService.RequirementsServiceClient requirements)
{
    /// <summary>Changes resolved per call: an import's burst costs one call per this many changes, not one per change.</summary>
    public const int MaxBatch = 500;

    public async Task<IReadOnlyList<LiveChange>> ResolveAsync(IReadOnlyList<EventChange> batch, CancellationToken ct)
    {
        var cses = await CsesOfAsync(batch.Select(c => c.ClientName), ct);
        return [.. batch.Select(change => new LiveChange(change.Position, change.Kind, change.ClientName, YearOf(change.EventDate),
            change.EventId, change.EventDate, Wire.Optional(change.PreviousEventDate), cses.GetValueOrDefault(change.ClientName)))];
    }

    /// <summary>Each found client's CSE by the name asked (one call for the distinct names); a client that no longer
    /// resolves is absent, so only admins hear of it.</summary>
    public async Task<Dictionary<string, string>> CsesOfAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var request = new ResolveClientsRequest();
        request.Names.Add(names.Distinct(StringComparer.Ordinal));
        var answer = await requirements.ResolveClientsAsync(request, cancellationToken: ct);
        return answer.Clients.Where(c => c.Found).ToDictionary(c => c.Requested, c => c.Cse, StringComparer.Ordinal);
    }

    private static int YearOf(string date) => int.TryParse(date.AsSpan(0, Math.Min(4, date.Length)), out var year) ? year : 0;
}
