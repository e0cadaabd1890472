using Segmentation.ServiceDefaults.Text;
using Google.Protobuf.WellKnownTypes;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.Domain;
using Segmentation.Requirements.V1;

namespace Segmentation.Requirements.Grpc;

/// <summary>Rows and domain results to proto messages.</summary>
internal static class MessageMapping
{
    public static Segment ToMessage(this SegmentRow row) => new()
    {
        Name = row.Name, Level = row.Level, Description = row.Description, Color = row.Color,
        RequiredEventTypes = row.RequiredEventTypes, TotalRequiredPerYear = row.TotalRequiredPerYear,
    };

    public static Requirement ToMessage(this RequirementCell cell) => new()
    {
        Segment = cell.Segment, EventTypeId = cell.EventTypeId, EventCode = cell.EventCode, EventName = cell.EventName,
        RequiredCountPerYear = cell.Count, PriorityLevel = cell.Priority,
    };

    public static RequirementAudit ToMessage(this RequirementAuditRow row) => new()
    {
        At = Timestamp.FromDateTimeOffset(row.At),
        By = row.By,
        Before = new RequirementCell(row.Segment, row.EventTypeId, row.EventCode, row.EventName, row.BeforeCount, row.BeforePriority).ToMessage(),
        After = new RequirementCell(row.Segment, row.EventTypeId, row.EventCode, row.EventName, row.AfterCount, row.AfterPriority).ToMessage(),
    };

    public static SegmentPeriod ToMessage(this Period period) => new()
    {
        Segment = period.Segment,
        EffectiveFrom = CalendarDates.Format(period.From),
        EffectiveTo = CalendarDates.Format(period.To),
        Notes = period.Notes,
        CseName = period.CseName,
    };

    public static EventType ToMessage(this EventTypeRow row) => new()
    {
        Id = row.Id, Code = row.Code, Name = row.Name, FrequencyType = row.FrequencyType,
        ResponsibleTeam = row.ResponsibleTeam, IsActive = row.IsActive,
    };

    public static ClientSummary ToSummary(this ClientRow row) => new() { Name = row.Name, Segment = row.Segment, Cse = row.Cse };

    public static Exclusion ToMessage(this ExclusionRow row) => new()
    {
        ClientName = row.ClientName, EventTypeId = row.EventTypeId, EventCode = row.EventCode, Reason = row.Reason,
        CreatedAt = Timestamp.FromDateTimeOffset(row.CreatedAt),
    };

    public static Assessment ToMessage(this AssessmentResult result, ClientRow client)
    {
        var message = new Assessment
        {
            ClientName = client.Name,
            Cse = client.Cse,
            Year = result.Year,
            AsOf = CalendarDates.Format(result.AsOf),
            HasChanged = result.HasChanged,
            ChangeDate = CalendarDates.Format(result.ChangeDate),
            PreviousSegment = result.PreviousSegment ?? "",
            CurrentSegment = result.CurrentSegment,
            OriginalDeadline = CalendarDates.Format(result.OriginalDeadline),
            Deadline = CalendarDates.Format(result.Deadline),
            WindowStart = CalendarDates.Format(result.WindowStart),
            WindowEnd = CalendarDates.Format(result.WindowEnd),
            MonthsToDeadline = result.MonthsToDeadline,
        };
        message.Periods.Add(result.Periods.Select(p => p.ToMessage()));
        message.Expected.Add(result.Expected.Select(e => new ExpectedEventType
        {
            EventTypeId = e.EventTypeId, EventCode = e.EventCode, EventName = e.EventName, Expected = e.Expected, PriorityLevel = e.Priority,
        }));
        return message;
    }
}
