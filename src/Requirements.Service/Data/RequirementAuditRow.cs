namespace Segmentation.Requirements.Data;

/// <summary>One change of a matrix cell: who, when, the values before and after.</summary>
public sealed record RequirementAuditRow(
    DateTimeOffset At, string By, string Segment, string EventTypeId, string EventCode, string EventName,
    int BeforeCount, string BeforePriority, int AfterCount, string AfterPriority);
