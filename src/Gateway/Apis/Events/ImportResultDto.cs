using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>POST /api/events/import: in a dry run, inserted counts what would be inserted.</summary>
public sealed record ImportResultDto(int Inserted, int Duplicates, IReadOnlyList<RejectedRowDto> Rejected, bool DryRun)
{
    public static ImportResultDto From(ImportEventsResponse r) =>
        new(r.Inserted, r.Duplicates, [.. r.Rejected.Select(RejectedRowDto.From)], r.DryRun);
}
