using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Clients;

public sealed record ClientSummaryDto(string Name, string Segment, string Cse)
{
    public static ClientSummaryDto From(ClientSummary c) => new(c.Name, c.Segment, c.Cse);
}
