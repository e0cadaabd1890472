using Segmentation.Requirements.V1;

namespace Segmentation.Events.Upstream;

/// <summary>Event types from Requirements.Service (ListEventTypes, inactive ones included), looked up
/// by id, code or full name. Events never reads segmentation_event_types itself.</summary>
public sealed class EventTypeCatalog(RequirementsService.RequirementsServiceClient requirements, DirectoryCache cache)
{
    /// <summary>All event types. The cache is invalidated by Requirements' notices (never stale), so even a
    /// decision such as "is it active" may use it.</summary>
    public async Task<IReadOnlyList<EventType>> AllAsync(CancellationToken ct)
    {
        if (cache.EventTypes is { } cached) return cached;
        var generation = cache.Generation;
        var response = await requirements.ListEventTypesAsync(new ListEventTypesRequest { IncludeInactive = true }, cancellationToken: ct);
        var types = response.EventTypes.ToArray();
        cache.StoreEventTypes(types, generation);
        return types;
    }

    /// <summary>By id (uuid) or code, case-insensitive; with <paramref name="byName"/> also by the full name.</summary>
    public static EventType? Find(IEnumerable<EventType> types, string key, bool byName = false)
    {
        var k = key.Trim();
        return types.FirstOrDefault(t =>
            string.Equals(t.Id, k, StringComparison.OrdinalIgnoreCase)
            || string.Equals(t.Code, k, StringComparison.OrdinalIgnoreCase)
            || (byName && string.Equals(Collapse(t.Name), Collapse(k), StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Spreadsheet names often carry doubled or odd spaces.</summary>
    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public async Task<IReadOnlyDictionary<string, EventType>> ByIdAsync(CancellationToken ct)
    {
        var types = await AllAsync(ct);
        return types.ToDictionary(t => t.Id.ToLowerInvariant(), StringComparer.Ordinal);
    }
}
