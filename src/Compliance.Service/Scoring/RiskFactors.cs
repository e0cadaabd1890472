using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §7 risk factor texts, in the order SPEC lists them, each only when its condition holds.</summary>
public static class RiskFactors
{
    public const string SlowPace = "Slow completion rate - current pace will not achieve full compliance";

    public static IReadOnlyList<string> For(ClientScore score, Projection projection)
    {
        var factors = new List<string>();
        var remaining = projection.MonthsRemaining;
        var passed = score.Assessment.DeadlinePassed;
        if (projection.Rate < 1 && remaining > 0) factors.Add(SlowPace);
        // After the deadline months_remaining is also 0, but "passed" below is the truer message.
        if (remaining <= 2 && !passed) factors.Add($"Only {remaining} month(s) remaining - accelerate event scheduling");
        var criticalBehind = CriticalBehind(score);
        if (criticalBehind > 0) factors.Add($"{criticalBehind} critical event type(s) below target");
        var behind = score.Types.Count(t => !t.IsMet);
        if (passed && behind > 0) factors.Add($"Deadline passed with {behind} event type(s) below target");
        return factors;
    }

    public static int CriticalBehind(ClientScore score) =>
        score.Types.Count(t => !t.IsMet && t.Type.Priority == PriorityLevels.Critical);
}
