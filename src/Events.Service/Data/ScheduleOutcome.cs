namespace Segmentation.Events.Data;

/// <summary>What ScheduleAsync did: inserted a new event, found the same (client, type, date)
/// already stored, or found the request id already used (by this request or another).</summary>
public abstract record ScheduleOutcome
{
    public sealed record Inserted(EventRecord Event) : ScheduleOutcome;
    public sealed record Duplicate : ScheduleOutcome;
    public sealed record RequestSeen(RequestKey Key) : ScheduleOutcome;
}
