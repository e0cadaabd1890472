using System.Threading.Channels;

namespace Segmentation.Compliance.Live;

/// <summary>Waits for the next change notices (or the refresh deadline) and drains every notice
/// already queued, so a burst of writes costs one re-check. null = re-check everyone.</summary>
internal static class ChangeBatch
{
    public static async Task<HashSet<string>?> NextAsync(ChannelReader<string?> reader, TimeSpan wait, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(wait);
        try
        {
            await reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null; // the periodic re-check
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.TryRead(out var name))
        {
            if (name is null) return Drain(reader);
            names.Add(name);
        }
        return names;
    }

    private static HashSet<string>? Drain(ChannelReader<string?> reader)
    {
        while (reader.TryRead(out _)) { }
        return null;
    }
}
