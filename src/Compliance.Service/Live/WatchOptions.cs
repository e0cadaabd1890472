namespace Segmentation.Compliance.Live;

/// <summary>Compliance:Watch settings.</summary>
public sealed class WatchOptions
{
    /// <summary>Requirements.Service has no change feed: requirement, segment and exclusion changes
    /// (and a CSE's new clients) reach watchers through this periodic re-check.</summary>
    public double RefreshSeconds { get; set; } = 60;

    /// <summary>How long a new watcher waits for the event feed to connect before its first answer.</summary>
    public double FeedReadySeconds { get; set; } = 2;
}
