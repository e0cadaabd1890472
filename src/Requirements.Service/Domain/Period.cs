namespace Segmentation.Requirements.Domain;

/// <summary>One row of a client's segment history; <see cref="To"/> null = still open.</summary>
public sealed record Period(string Segment, DateOnly From, DateOnly? To, string Notes = "", string CseName = "")
{
    public bool Overlaps(DateOnly start, DateOnly end) => From <= end && (To is null || To >= start);
}
