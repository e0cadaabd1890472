using System.Text;

namespace Segmentation.Adversarial.Tests.Running;

/// <summary>The failure message: per input class, how many inputs got which status, then every offending
/// input with its status, so a failure names exactly what broke.</summary>
public static class Report
{
    public static string Summary(IReadOnlyList<InputResult> results)
    {
        var text = new StringBuilder();
        var statuses = results.GroupBy(r => r.Outcome.Status).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} × {g.Key}");
        text.AppendLine($"{results.Count} inputs: {string.Join(", ", statuses)}");
        var slowest = results.GroupBy(r => r.Input.Class[(r.Input.Class.IndexOf('→') + 1)..].Trim())
            .OrderByDescending(g => g.Sum(r => r.Elapsed.TotalSeconds)).Take(5).Select(g => $"{g.Key} {g.Sum(r => r.Elapsed.TotalSeconds):F1} s");
        text.AppendLine($"requests took {results.Sum(r => r.Elapsed.TotalSeconds):F1} s in all; slowest targets: {string.Join(", ", slowest)}");
        foreach (var group in results.Where(r => !r.Outcome.Refused && !r.Failed).GroupBy(r => r.Input.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
            text.AppendLine($"  not refused: {group.Key}: {string.Join(", ", group.GroupBy(r => r.Outcome.Status).Select(g => $"{g.Count()} × {g.Key}"))}");
        return text.ToString();
    }

    public static string Failures(IReadOnlyList<InputResult> results)
    {
        var failed = results.Where(r => r.Failed).ToList();
        var text = new StringBuilder();
        text.AppendLine($"{failed.Count} of {results.Count} inputs broke the server, changed the database although refused, or were accepted although they can only be wrong.");
        text.AppendLine("By input class:");
        foreach (var group in failed.GroupBy(r => r.Input.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statuses = group.GroupBy(r => r.ChangedTables.Count > 0 ? r.Outcome.Status + " + changed data" : r.NotRefused ? r.Outcome.Status + " (not refused)" : r.Outcome.Status)
                .Select(g => $"{g.Count()} × {g.Key}");
            text.AppendLine($"  {group.Key}: {string.Join(", ", statuses)}");
        }
        text.AppendLine("Inputs:");
        foreach (var result in failed) text.AppendLine("  " + result.Line);
        return text.ToString();
    }
}
