using System.Threading.Channels;

namespace Segmentation.Compliance.Live;

/// <summary>One watcher's view of the change feed; disposing it unsubscribes.</summary>
public sealed class HubSubscription(ChannelReader<string?> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<string?> Reader => reader;

    public void Dispose() => unsubscribe();
}
