using System.Globalization;
using Segmentation.Compliance.V1;
using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Exports;

/// <summary>The columns of each export: the JSON rows' fields, in their order, with the JSON names as headers.</summary>
public static class ExportColumns
{
    public static readonly string[] Portfolio =
    [
        "clientName", "segment", "cse", "year", "asOf", "deadline", "hasSegmentChanged", "monthsToDeadline",
        "overallScore", "overallStatus", "compliantEventTypes", "totalEventTypes",
    ];

    public static readonly string[] Events =
    [
        "id", "clientName", "eventCode", "eventName", "eventDate", "completed", "completedDate", "completedBy",
        "notes", "meetingLink", "attendees", "location", "source",
    ];

    /// <summary>The portfolio's numeric columns (a spreadsheet's numbers; the rest are text).</summary>
    public static readonly IReadOnlySet<string> PortfolioNumbers =
        new HashSet<string>(["year", "monthsToDeadline", "overallScore", "compliantEventTypes", "totalEventTypes"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> EventNumbers = new HashSet<string>(StringComparer.Ordinal);

    public static IReadOnlyList<string?> PortfolioRow(ClientCompliance c) =>
    [
        c.ClientName, c.Segment, c.Cse, Number(c.Year), c.AsOf, c.Deadline, Flag(c.HasSegmentChanged), Number(c.MonthsToDeadline),
        Number(c.OverallScore), c.OverallStatus, Number(c.CompliantEventTypes), Number(c.TotalEventTypes),
    ];

    public static IReadOnlyList<string?> EventRow(Event e) =>
    [
        e.Id, e.ClientName, e.EventCode, e.EventName, e.EventDate, Flag(e.Completed), e.CompletedDate, e.CompletedBy,
        e.Notes, e.MeetingLink, string.Join("; ", e.Attendees), e.Location, e.Source,
    ];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
