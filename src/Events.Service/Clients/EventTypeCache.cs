using Segmentation.Requirements.V1;

namespace Segmentation.Events.Clients;

/// <summary>The last list of event types read from Requirements.Service, kept briefly: event types
/// change rarely, and every Event message shows its type's code and name.</summary>
public sealed class EventTypeCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // One immutable snapshot, swapped atomically, so concurrent readers never see half an update.
    private sealed record Snapshot(IReadOnlyList<EventType> Types, DateTimeOffset ReadAt);
    private volatile Snapshot? _snapshot;

    public IReadOnlyList<EventType>? Current =>
        _snapshot is { } s && time.GetUtcNow() - s.ReadAt < Lifetime ? s.Types : null;

    public void Store(IReadOnlyList<EventType> types) => _snapshot = new Snapshot(types, time.GetUtcNow());
}
