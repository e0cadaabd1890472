using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Clients;

public sealed record ClientDto(string Name, string Segment, string Cse, IReadOnlyList<string> Aliases, IReadOnlyList<SegmentPeriodDto> SegmentHistory)
{
    public static ClientDto From(Client c) =>
        new(c.Name, c.Segment, c.Cse, [.. c.Aliases], [.. c.SegmentHistory.Select(SegmentPeriodDto.From)]);
}
