namespace Segmentation.Events;

/// <summary>Configuration section "Events".</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>Largest import file, summed over its streamed messages (each at most gRPC's 4 MB).</summary>
    public long MaxImportBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>WatchChanges polls this often even without a NOTIFY, in case one was missed.</summary>
    public int WatchPollSeconds { get; set; } = 5;
}
