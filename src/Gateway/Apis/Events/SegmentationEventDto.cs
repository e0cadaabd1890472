using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>The old dashboard's shape of a completed event.</summary>
public sealed record SegmentationEventDto(string ClientName, string EventDate, int EventYear, string EventTypeId, bool Completed)
{
    public static SegmentationEventDto From(Event e) => new(e.ClientName, e.EventDate, e.EventYear, e.EventTypeId, e.Completed);
}
