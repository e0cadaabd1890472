namespace Segmentation.Migrator;

/// <summary>Prints verification results: every check for `verify`, only the failing ones after `up`.</summary>
public static class VerifyReport
{
    /// <summary>Returns 0 when no check fails, 1 otherwise.</summary>
    public static int Print(IReadOnlyList<VerifyResult> results, bool onlyFailures)
    {
        foreach (var result in results.Where(r => !onlyFailures || r.Fails))
        {
            var verdict = result.Matches ? "OK" : result.Fails ? "MISMATCH" : "INFO";
            var output = result.Fails ? Console.Error : Console.Out;
            output.WriteLine($"[{verdict}] {result.Query.Name}");
            output.WriteLine($"  expected: {string.Join(" | ", result.Query.ExpectedRows)}");
            output.WriteLine($"  actual:   {result.ActualText}");
        }
        var failed = results.Count(r => r.Fails);
        if (failed == 0)
        {
            Console.WriteLine($"Verified: all {results.Count} checks of the migration guide hold.");
            return 0;
        }
        Console.Error.WriteLine($"{failed} of {results.Count} verification checks do not match the migration guide."
            + " `repair` brings back what is safe to bring back (see README, Troubleshooting).");
        return 1;
    }
}
