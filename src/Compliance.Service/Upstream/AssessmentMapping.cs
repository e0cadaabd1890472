using Segmentation.ServiceDefaults.Text;
using Segmentation.Compliance.Scoring;
using Segmentation.Requirements.V1;

namespace Segmentation.Compliance.Upstream;

/// <summary>Requirements.Service's assessment message → the plain record the scoring rules take.</summary>
public static class AssessmentMapping
{
    public static ClientAssessment ToScoring(this Assessment a) => new(
        a.ClientName,
        a.Cse,
        a.CurrentSegment,
        a.Year,
        CalendarDates.Parse(a.AsOf),
        CalendarDates.Parse(a.WindowStart),
        CalendarDates.Parse(a.Deadline),
        a.HasChanged,
        a.MonthsToDeadline,
        a.Expected.Select(e => new ExpectedType(e.EventTypeId, e.EventCode, e.EventName, e.Expected, e.PriorityLevel)).ToList());
}
