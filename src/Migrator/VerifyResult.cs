namespace Segmentation.Migrator;

public sealed record VerifyResult(VerifyQuery Query, IReadOnlyList<string> ActualRows)
{
    public bool Matches => Query.ExpectedRows.SequenceEqual(ActualRows);

    public bool Fails => !Matches && !Query.IsInformational;
}
