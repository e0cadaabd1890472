namespace Segmentation.Migrator;

/// <summary>A verification query's answer, or the error the database gave instead (a missing table or
/// column): an error is always a mismatch, even for an informational query.</summary>
public sealed record VerifyResult(VerifyQuery Query, IReadOnlyList<string> ActualRows, string? Error = null)
{
    public bool Matches => Error is null && Query.ExpectedRows.SequenceEqual(ActualRows);

    public bool Fails => !Matches && (Error is not null || !Query.IsInformational);

    public string ActualText => Error is not null ? $"ERROR {Error}"
        : ActualRows.Count == 0 ? "(no rows)" : string.Join(" | ", ActualRows);
}
