namespace Segmentation.Compliance.Scoring;

/// <summary>What a client is held to in <see cref="Year"/> as of <see cref="AsOf"/> (SPEC §5).
/// Excluded event types are simply absent from <see cref="Expected"/>.</summary>
public sealed record ClientAssessment(
    string ClientName,
    string Cse,
    string Segment,
    int Year,
    DateOnly AsOf,
    DateOnly WindowStart,
    DateOnly Deadline,
    bool HasSegmentChanged,
    int MonthsToDeadline,
    IReadOnlyList<ExpectedType> Expected)
{
    /// <summary>Completed events count when dated in the window and on or before asOf (SPEC §6).</summary>
    public DateRange CompletedWindow => new(WindowStart, Min(Deadline, AsOf));

    /// <summary>Scheduled events that can still help: dated after asOf and on or before the deadline.</summary>
    public DateRange ScheduledWindow => new(Max(WindowStart, AsOf.AddDays(1)), Deadline);

    public bool DeadlinePassed => AsOf > Deadline;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
