using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Clients;

public sealed record ExclusionDto(string ClientName, string EventTypeId, string EventCode, string Reason, DateTimeOffset? CreatedAt)
{
    public static ExclusionDto From(Exclusion e) => new(e.ClientName, e.EventTypeId, e.EventCode, e.Reason, Wire.Time(e.CreatedAt));
}
