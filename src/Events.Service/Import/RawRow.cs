namespace Segmentation.Events.Import;

/// <summary>One data row of an import file, unvalidated. <see cref="Number"/> is the row number the
/// user sees in the file (the header is row 1).</summary>
public sealed record RawRow(int Number, string Client, string Event, DateCell Date, string Completed, string Notes);
