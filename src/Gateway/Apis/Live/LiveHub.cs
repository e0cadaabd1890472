using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Segmentation.Gateway.Apis.Live;

/// <summary>Fans this gateway's one upstream change feed out to its open /api/live streams. The feed starts with the first
/// listener (<see cref="Wanted"/>), so a gateway nobody watches holds no stream open. The last changes are kept for a
/// reconnecting page's Last-Event-ID; positions are the Events feed's, so any replica can resume any page.</summary>
public sealed class LiveHub
{
    private const int Kept = 1000;
    private const int PerListener = 1000;
    private readonly ConcurrentDictionary<Guid, Channel<LiveChange>> _listeners = new();
    private readonly LinkedList<LiveChange> _recent = new();
    private readonly TaskCompletionSource _wanted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Wanted => _wanted.Task;

    /// <summary>Completes once the upstream feed is positioned: no change committed after that can be missed.</summary>
    public Task Live => _live.Task;

    public void MarkLive() => _live.TrySetResult();

    /// <summary>A listener, with the kept changes after <paramref name="afterPosition"/> queued first (a slow one loses the oldest).</summary>
    public (ChannelReader<LiveChange> Reader, IDisposable Subscription) Listen(long? afterPosition)
    {
        _wanted.TrySetResult();
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<LiveChange>(new BoundedChannelOptions(PerListener) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_recent)
        {
            if (afterPosition is { } after) foreach (var change in _recent.Where(c => c.Position > after)) channel.Writer.TryWrite(change);
            _listeners[id] = channel;
        }
        return (channel.Reader, new Unsubscribe(() => _listeners.TryRemove(id, out _)));
    }

    public void Publish(LiveChange change)
    {
        lock (_recent)
        {
            if (change.Position > 0) _recent.AddLast(change); // directory changes have no position to resume from
            if (_recent.Count > Kept) _recent.RemoveFirst();
            foreach (var channel in _listeners.Values) channel.Writer.TryWrite(change);
        }
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
