namespace Segmentation.Faults.Load;

/// <summary>What the caller saw for one request: an HTTP status (0 = no answer: connection error or
/// timeout), the event id of a 2xx, and when the request started and ended (Stopwatch ticks of the run).</summary>
public sealed record WriteOutcome(ScheduleSpec Spec, int Status, Guid? EventId, TimeSpan Started, TimeSpan Ended)
{
    public bool Acknowledged => Status is 200 or 201 && EventId is not null;
}
