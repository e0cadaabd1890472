namespace Segmentation.Compliance.Scoring;

/// <summary>One client's part of its CSE's workload: its score, reported risk, scheduled events dated after
/// asOf and on or before the deadline per event type id, and its completions in the 90 days up to asOf.</summary>
public sealed record ClientWorkload(ClientScore Score, decimal Risk, IReadOnlyDictionary<string, int> ScheduledAhead, int RecentCompleted = 0)
{
    public static ClientWorkload From(ClientScore score, IReadOnlyDictionary<string, int> scheduledAhead, int recentCompleted = 0) =>
        new(score, ForecastCalculator.RiskOf(score), scheduledAhead, recentCompleted);
}
