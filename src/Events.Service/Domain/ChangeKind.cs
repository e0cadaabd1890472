namespace Segmentation.Events.Domain;

/// <summary>The kinds of rows in the change feed (segmentation_event_changes.kind).</summary>
public static class ChangeKind
{
    public const string Created = "created";
    public const string Completed = "completed";
    public const string Reopened = "reopened";
    public const string Rescheduled = "rescheduled";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
}
