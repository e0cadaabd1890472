using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Segmentation.Compliance.Live;

/// <summary>Fans the one Events.Service change feed out to every open WatchCompliance call. A notice
/// is a client name, or null for "anything may have changed: re-check everyone".</summary>
public sealed class EventChangeHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string?>> _subscribers = new();
    private readonly TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the feed is connected, so no change after that moment can be missed.</summary>
    public Task Live => _live.Task;

    public HubSubscription Subscribe()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
        _subscribers[id] = channel;
        return new HubSubscription(channel.Reader, () => _subscribers.TryRemove(id, out _));
    }

    public void Publish(string? clientName)
    {
        foreach (var channel in _subscribers.Values) channel.Writer.TryWrite(clientName);
    }

    public void MarkLive() => _live.TrySetResult();
}
