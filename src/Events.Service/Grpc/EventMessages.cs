using Segmentation.ServiceDefaults.Text;
using Google.Protobuf.WellKnownTypes;
using Segmentation.Events.Changes;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.Requirements.V1;

namespace Segmentation.Events.Grpc;

/// <summary>Rows to proto messages. Event type code and name come from Requirements.Service's list.</summary>
public static class EventMessages
{
    public static Event ToMessage(this EventRecord e, IReadOnlyDictionary<string, EventType> types)
    {
        var type = types.GetValueOrDefault(e.EventTypeId.ToString());
        var message = new Event
        {
            Id = e.Id.ToString(),
            ClientName = e.ClientName,
            EventTypeId = e.EventTypeId.ToString(),
            EventCode = type?.Code ?? "",
            EventName = type?.Name ?? "",
            EventDate = CalendarDates.Format(e.EventDate),
            EventYear = e.EventDate.Year,
            EventMonth = e.EventDate.Month,
            Completed = e.Completed,
            CompletedDate = CalendarDates.Format(e.CompletedDate),
            CompletedBy = e.CompletedBy ?? "",
            Notes = e.Notes ?? "",
            MeetingLink = e.MeetingLink ?? "",
            Location = e.Location ?? "",
            Source = e.Source,
            CreatedBy = e.CreatedBy ?? "",
            CreatedAt = Timestamp.FromDateTimeOffset(e.CreatedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(e.UpdatedAt),
        };
        message.Attendees.Add(e.Attendees);
        return message;
    }

    public static EventChange ToMessage(this ChangeRecord c) => new()
    {
        Position = c.Position,
        Kind = c.Kind,
        EventId = c.EventId.ToString(),
        ClientName = c.ClientName,
        EventTypeId = c.EventTypeId.ToString(),
        EventDate = CalendarDates.Format(c.EventDate),
        PreviousEventDate = CalendarDates.Format(c.PreviousEventDate),
        CommittedAt = Timestamp.FromDateTimeOffset(c.CommittedAt),
    };
}
