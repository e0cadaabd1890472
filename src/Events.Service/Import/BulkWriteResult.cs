namespace Segmentation.Events.Import;

/// <summary>How many valid rows were copied, how many were (or in a dry run would be) inserted, which rows
/// repeated an earlier row of the file, and which were already stored.</summary>
public sealed record BulkWriteResult(int Copied, int Inserted, IReadOnlyList<RowIssue> Repeats, IReadOnlyList<RowIssue> StoredDuplicates);
