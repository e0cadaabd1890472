namespace Segmentation.Migrator;

/// <summary>One of the guide's Step 3 queries with the answer it must give.
/// An expected text starting with "# informational" reports a difference without failing.</summary>
public sealed record VerifyQuery(string Name, string Sql, string ExpectedText)
{
    private const string InformationalMarker = "# informational";

    public bool IsInformational => ExpectedText.StartsWith(InformationalMarker, StringComparison.Ordinal);

    public IReadOnlyList<string> ExpectedRows => ExpectedText
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Where(l => !l.StartsWith('#'))
        .Select(l => l.TrimEnd('\r'))
        .ToArray();
}
