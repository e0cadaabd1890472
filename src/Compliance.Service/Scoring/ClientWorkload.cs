namespace Segmentation.Compliance.Scoring;

/// <summary>One client's part of its CSE's workload: its score, reported risk, and scheduled
/// events dated after asOf and on or before the deadline, per event type id.</summary>
public sealed record ClientWorkload(ClientScore Score, decimal Risk, IReadOnlyDictionary<string, int> ScheduledAhead)
{
    public static ClientWorkload From(ClientScore score, IReadOnlyDictionary<string, int> scheduledAhead) =>
        new(score, ForecastCalculator.RiskOf(score), scheduledAhead);
}
