using Segmentation.TestSupport;

namespace Segmentation.Adversarial.Tests.Running;

/// <summary>Sends inputs one at a time and takes a database digest after each: a refused input must leave
/// it exactly as the previous input did. An input that was not refused (accepted, timed out, broke) may
/// have written, so its digest becomes the new baseline.</summary>
public static class InputRunner
{
    public static async Task<IReadOnlyList<InputResult>> RunAsync(IEnumerable<AdversarialInput> inputs, string connectionString)
    {
        var results = new List<InputResult>();
        await using var digest = await DatabaseDigest.OpenAsync(connectionString);
        var before = await digest.TakeAsync();
        foreach (var input in inputs)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var outcome = await input.SendAsync();
            var elapsed = clock.Elapsed;
            var after = await digest.TakeAsync();
            results.Add(new InputResult(input, outcome, outcome.Refused ? after.DifferencesFrom(before) : [], elapsed));
            before = after;
        }
        return results;
    }
}
