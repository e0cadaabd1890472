namespace Segmentation.Faults.Load;

/// <summary>What the database holds for one schedule spec: its request key (and the event it names),
/// the event at its (client, type, date), and how many 'created' rows the change feed has for it.</summary>
public sealed record StoredWrite(string RequestId, Guid? KeyedEvent, Guid? EventId, long CreatedChanges)
{
    /// <summary>All three parts present and pointing at one event.</summary>
    public bool Complete => KeyedEvent is not null && EventId == KeyedEvent && CreatedChanges == 1;

    /// <summary>None of the three parts present.</summary>
    public bool Absent => KeyedEvent is null && EventId is null && CreatedChanges == 0;
}
