using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>SPEC §5 for one client and year; changeDate and previousSegment are null without a change.</summary>
public sealed record DeadlineDto(
    int Year, bool HasChanged, string? ChangeDate, string? PreviousSegment, string CurrentSegment,
    string OriginalDeadline, string Deadline, int MonthsToDeadline)
{
    public static DeadlineDto From(Assessment a) =>
        new(a.Year, a.HasChanged, Wire.Optional(a.ChangeDate), Wire.Optional(a.PreviousSegment), a.CurrentSegment,
            a.OriginalDeadline, a.Deadline, a.MonthsToDeadline);
}
