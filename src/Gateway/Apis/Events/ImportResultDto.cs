using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>POST /api/events/import. In a dry run, inserted counts what would be inserted; duplicateRows
/// says which rows were skipped as already stored or repeated in the file.</summary>
public sealed record ImportResultDto(
    int Inserted, int Duplicates, IReadOnlyList<RejectedRowDto> Rejected, bool DryRun, int TotalRows, IReadOnlyList<RejectedRowDto> DuplicateRows)
{
    public static ImportResultDto From(ImportEventsResponse r) =>
        new(r.Inserted, r.Duplicates, [.. r.Rejected.Select(RejectedRowDto.From)], r.DryRun, r.TotalRows,
            [.. r.DuplicateRows.Select(RejectedRowDto.From)]);
}
