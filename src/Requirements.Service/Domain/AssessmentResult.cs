namespace Segmentation.Requirements.Domain;

/// <summary>SPEC §5 for one client and year: periods, change, deadline, window and expectations.</summary>
public sealed record AssessmentResult(
    int Year,
    DateOnly AsOf,
    IReadOnlyList<Period> Periods,
    bool HasChanged,
    DateOnly? ChangeDate,
    string? PreviousSegment,
    string CurrentSegment,
    DateOnly OriginalDeadline,
    DateOnly Deadline,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    int MonthsToDeadline,
    IReadOnlyList<ExpectedCount> Expected);
