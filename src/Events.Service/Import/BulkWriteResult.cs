namespace Segmentation.Events.Import;

/// <summary>How many candidates were (or in a dry run would be) inserted, and which rows were already stored.</summary>
public sealed record BulkWriteResult(int Inserted, IReadOnlyList<RowIssue> StoredDuplicates);
