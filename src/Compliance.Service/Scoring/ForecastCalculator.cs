namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §7: deterministic, explainable forecast from a client's score at asOf.</summary>
public static class ForecastCalculator
{
    private const int PriorityTypeLimit = 5;

    /// <param name="scheduledAhead">Scheduled, not completed events per event type id, dated after
    /// asOf and on or before the deadline (<see cref="ClientAssessment.ScheduledWindow"/>).</param>
    public static ForecastResult Forecast(ClientScore score, IReadOnlyDictionary<string, int> scheduledAhead)
    {
        var a = score.Assessment;
        var remaining = a.MonthsToDeadline;
        if (score.TotalTypes > 0 && score.OverallScore >= 100)
        {
            return new ForecastResult(a.ClientName, a.Year, a.AsOf.Month, score.OverallScore, 100, Statuses.Compliant,
                1m, 0m, Risk.Low, [], [Recommendations.Achieved], [], [], remaining, a.AsOf);
        }

        var elapsed = Months.Elapsed(a.Year, a.AsOf, a.Deadline);
        var projection = Projection.For(score.CompliantTypes, score.TotalTypes, elapsed, remaining);
        var risk = RiskOf(score);
        var priority = score.Types.Where(t => !t.IsMet).Order(TypeOrder.ForForecast).Take(PriorityTypeLimit).ToList();
        return new ForecastResult(
            a.ClientName, a.Year, a.AsOf.Month, score.OverallScore,
            projection.PredictedScore, Statuses.ForScore(projection.PredictedScore),
            Percent.TwoDecimals(Confidence.Of(elapsed, remaining)), risk, Risk.Level(risk),
            RiskFactors.For(score, projection),
            Recommendations.For(score, priority, scheduledAhead),
            priority.Select(t => t.Type.Code).ToList(),
            EventSuggester.For(score, priority, scheduledAhead),
            remaining, a.AsOf);
    }

    /// <summary>The reported (2-decimal) risk score; 0 for a client already at 100 %.</summary>
    public static decimal RiskOf(ClientScore score) =>
        score.TotalTypes > 0 && score.OverallScore >= 100
            ? 0m
            : Percent.TwoDecimals(Risk.Score(score.OverallScore, score.Assessment.MonthsToDeadline,
                RiskFactors.CriticalBehind(score), score.TotalTypes));
}
