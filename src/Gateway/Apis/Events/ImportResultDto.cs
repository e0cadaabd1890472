using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>POST /api/events/import. In a dry run, inserted counts what would be inserted; duplicateRows
/// says which rows were skipped as already stored or repeated in the file; rejected lists the first
/// 1,000 rejected rows and rejectedTotal counts them all; committed says whether rows were written.</summary>
public sealed record ImportResultDto(
    int Inserted, int Duplicates, IReadOnlyList<RejectedRowDto> Rejected, bool DryRun, int TotalRows,
    IReadOnlyList<RejectedRowDto> DuplicateRows, int RejectedTotal, bool Committed)
{
    public static ImportResultDto From(ImportEventsResponse r) =>
        new(r.Inserted, r.Duplicates, [.. r.Rejected.Select(RejectedRowDto.From)], r.DryRun, r.TotalRows,
            [.. r.DuplicateRows.Select(RejectedRowDto.From)], r.RejectedTotal, r.Committed);
}
