namespace Segmentation.Events.Import;

/// <summary>The rows sorted into: to insert (unique within the file), rejected, and repeats of an earlier row.</summary>
public sealed record ImportPlan(
    int TotalRows,
    IReadOnlyList<ImportCandidate> Candidates,
    IReadOnlyList<RowIssue> Rejected,
    IReadOnlyList<RowIssue> FileDuplicates);
