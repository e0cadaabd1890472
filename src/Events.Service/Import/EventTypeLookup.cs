using Segmentation.Events.Upstream;
using Segmentation.Requirements.V1;

namespace Segmentation.Events.Import;

/// <summary>Event types by id, code or full name, built once per import (a file repeats the same
/// dozen values many thousands of times).</summary>
public sealed class EventTypeLookup(IReadOnlyList<EventType> types)
{
    private readonly Dictionary<string, EventType?> _cache = new(StringComparer.OrdinalIgnoreCase);

    public EventType? Find(string key)
    {
        if (_cache.TryGetValue(key, out var type)) return type;
        type = EventTypeCatalog.Find(types, key, byName: true);
        _cache[key] = type;
        return type;
    }
}
