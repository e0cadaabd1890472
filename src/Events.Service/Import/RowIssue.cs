namespace Segmentation.Events.Import;

/// <summary>A rejected or duplicate row, by the row number the user sees in the file.</summary>
public sealed record RowIssue(int Row, string Reason);
