using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis;

public sealed record EventTypeDto(string Id, string Code, string Name, string FrequencyType, string ResponsibleTeam, bool IsActive)
{
    public static EventTypeDto From(EventType e) => new(e.Id, e.Code, e.Name, e.FrequencyType, e.ResponsibleTeam, e.IsActive);
}
