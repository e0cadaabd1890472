namespace Segmentation.Events.Data;

/// <summary>What a change to an existing event did: committed (the row as it now is, or as it was when
/// deleted), or found its request id already claimed by an earlier call.</summary>
public abstract record ChangeOutcome
{
    public sealed record Done(EventRecord Event) : ChangeOutcome;
    public sealed record RequestSeen(RequestKey Key) : ChangeOutcome;
}
