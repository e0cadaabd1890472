namespace Segmentation.Events;

/// <summary>Configuration section "Events".</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>Largest request the service accepts; the import of 100,000+ rows needs more than gRPC's 4 MB.</summary>
    public int MaxReceiveMessageBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>WatchChanges polls this often even without a NOTIFY, in case one was missed.</summary>
    public int WatchPollSeconds { get; set; } = 5;
}
