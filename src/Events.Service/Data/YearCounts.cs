namespace Segmentation.Events.Data;

/// <summary>One event type's counts in both windows of a year (<see cref="Domain.YearWindows"/>).</summary>
public sealed record YearCounts(Guid EventTypeId, int CompletedByYearEnd, int ScheduledByYearEnd, int CompletedByExtended, int ScheduledByExtended);
