using System.Globalization;
using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Calendar;

/// <summary>A feed's events as an iCalendar document: one all-day VEVENT per event, UID from the event id (stable across
/// refreshes, so calendars update instead of duplicating), DTSTAMP from its last change.</summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Of(IEnumerable<Event> events, DateTimeOffset now)
    {
        var ics = new IcsWriter()
            .Line("BEGIN", "VCALENDAR").Line("VERSION", "2.0").Line("PRODID", "-//Segmentation//Client events//EN")
            .Line("CALSCALE", "GREGORIAN").Line("METHOD", "PUBLISH").Text("X-WR-CALNAME", "Client segmentation events");
        foreach (var e in events)
        {
            var date = DateOnly.ParseExact(e.EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            ics.Line("BEGIN", "VEVENT")
                .Line("UID", e.Id + "@segmentation")
                .Line("DTSTAMP", Stamp(e.UpdatedAt?.ToDateTimeOffset() ?? now))
                .Line("DTSTART;VALUE=DATE", Day(date))
                .Line("DTEND;VALUE=DATE", Day(date.AddDays(1)))
                .Text("SUMMARY", $"{e.EventName}: {e.ClientName}")
                .Text("DESCRIPTION", Description(e))
                .Text("LOCATION", Wire.Optional(e.Location))
                .Line("STATUS", "CONFIRMED")
                .Line("END", "VEVENT");
        }
        return ics.Line("END", "VCALENDAR").ToString();
    }

    private static string Description(Event e)
    {
        var parts = new List<string> { e.Completed ? $"Completed {e.CompletedDate}" : "Scheduled" };
        if (e.MeetingLink.Length > 0) parts.Add("Meeting: " + e.MeetingLink);
        if (e.Notes.Length > 0) parts.Add(e.Notes);
        return string.Join("\n", parts);
    }

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
