using System.Collections.Concurrent;
using Segmentation.Requirements.V1;

namespace Segmentation.Events.Upstream;

/// <summary>Requirements' decisions kept in Events: name or alias → canonical client and its CSE (from which the
/// access decision follows), and the event types. Kept only while <see cref="DirectoryListener"/> listens to
/// Requirements' NOTIFY channel; each notice evicts what it names, and a (re)connect flushes everything, so an
/// entry is never older than the last committed change. Unknown names are never stored.</summary>
public sealed class DirectoryCache
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, ResolvedName> _clients = new(StringComparer.Ordinal);
    private IReadOnlyList<EventType>? _eventTypes;
    private long _generation;
    private bool _listening;

    /// <summary>Taken before asking Requirements; a store with an older value is dropped, so an answer read
    /// before a change can never be stored after the change's notice evicted its key.</summary>
    public long Generation { get { lock (_gate) return _generation; } }

    public bool TryGetClient(string key, out ResolvedName client) => _clients.TryGetValue(key, out client!);

    public IReadOnlyList<EventType>? EventTypes => _eventTypes;

    public void StoreClient(string key, ResolvedName client, long generation)
    {
        lock (_gate) if (_listening && generation == _generation) _clients[key] = client;
    }

    public void StoreEventTypes(IReadOnlyList<EventType> types, long generation)
    {
        lock (_gate) if (_listening && generation == _generation) _eventTypes = types;
    }

    /// <summary>Every key that resolves to <paramref name="canonicalName"/> (its name and its aliases).</summary>
    public void EvictClient(string canonicalName)
    {
        lock (_gate)
        {
            _generation++;
            foreach (var (key, value) in _clients)
                if (value.Name == canonicalName) _clients.TryRemove(key, out _);
        }
    }

    public void EvictEventTypes()
    {
        lock (_gate) { _generation++; _eventTypes = null; }
    }

    /// <summary>Everything, and whether entries may be kept from now on (only while notices can arrive).</summary>
    public void Flush(bool listening)
    {
        lock (_gate)
        {
            _generation++;
            _listening = listening;
            _clients.Clear();
            _eventTypes = null;
        }
    }
}
