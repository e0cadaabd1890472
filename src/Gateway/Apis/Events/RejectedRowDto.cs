using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

public sealed record RejectedRowDto(int Row, string Reason)
{
    public static RejectedRowDto From(RejectedRow r) => new(r.Row, r.Reason);
}
