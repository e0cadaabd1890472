using Segmentation.ServiceDefaults.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Data;

/// <summary>Saved forecasts (segmentation_compliance_scores), newest first per client.</summary>
public sealed class ForecastHistory(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SavedForecast> SaveAsync(ForecastResult forecast, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO segmentation_compliance_scores (client_name, year, current_compliance_score, predicted_year_end_score,
                predicted_status, confidence_score, risk_score, risk_level, risk_factors, recommended_actions,
                priority_event_types, suggested_events, months_remaining, prediction_date)
            VALUES (@ClientName, @Year, @CurrentScore, @PredictedScore, @PredictedStatus, @Confidence, @Risk, @RiskLevel,
                @RiskFactors::jsonb, @Actions::jsonb, @Priority::jsonb, @Suggestions::jsonb, @MonthsRemaining, @PredictionDate)
            RETURNING id, created_at AS SavedAt
            """;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var saved = await connection.QuerySingleAsync<(Guid Id, DateTime SavedAt)>(new CommandDefinition(sql, new
        {
            forecast.ClientName, forecast.Year, forecast.CurrentScore, forecast.PredictedScore, forecast.PredictedStatus,
            forecast.Confidence, forecast.Risk, forecast.RiskLevel,
            RiskFactors = JsonSerializer.Serialize(forecast.RiskFactors, Json),
            Actions = JsonSerializer.Serialize(forecast.RecommendedActions, Json),
            Priority = JsonSerializer.Serialize(forecast.PriorityEventTypes, Json),
            Suggestions = JsonSerializer.Serialize(forecast.SuggestedEvents.Select(ToStored), Json),
            forecast.MonthsRemaining, forecast.PredictionDate,
        }, cancellationToken: ct));
        return new SavedForecast(saved.Id, new DateTimeOffset(saved.SavedAt, TimeSpan.Zero), forecast);
    }

    /// <summary>Newest first; <paramref name="year"/> 0 = every year; <paramref name="skip"/> for paging.</summary>
    public async Task<List<SavedForecast>> ListAsync(string clientName, int year, int skip, int take, CancellationToken ct)
    {
        const string sql = """
            SELECT id, client_name AS ClientName, year, current_compliance_score AS CurrentComplianceScore,
                   predicted_year_end_score AS PredictedYearEndScore, predicted_status AS PredictedStatus,
                   confidence_score AS ConfidenceScore, risk_score AS RiskScore, risk_level AS RiskLevel,
                   risk_factors::text AS RiskFactors, recommended_actions::text AS RecommendedActions,
                   priority_event_types::text AS PriorityEventTypes, suggested_events::text AS SuggestedEvents,
                   months_remaining AS MonthsRemaining, prediction_date AS PredictionDate, created_at AS CreatedAt
            FROM segmentation_compliance_scores
            WHERE client_name = @clientName AND (@year = 0 OR year = @year)
            ORDER BY created_at DESC, id DESC
            OFFSET @skip LIMIT @take
            """;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<ForecastRow>(new CommandDefinition(sql, new { clientName, year, skip, take }, cancellationToken: ct));
        return rows.Select(ToSaved).ToList();
    }

    private static StoredSuggestion ToStored(SuggestedEvent s) => new(
        s.Type.EventTypeId, s.Type.Code, s.Type.Name, CalendarDates.Format(s.Date), s.Reason, s.Urgency, s.ComplianceImpact, s.Type.Priority);

    private static SavedForecast ToSaved(ForecastRow row)
    {
        var suggestions = JsonSerializer.Deserialize<List<StoredSuggestion>>(row.SuggestedEvents, Json) ?? [];
        var forecast = new ForecastResult(
            row.ClientName, row.Year, row.PredictionDate.Month, row.CurrentComplianceScore, row.PredictedYearEndScore,
            row.PredictedStatus, row.ConfidenceScore, row.RiskScore, row.RiskLevel,
            Strings(row.RiskFactors), Strings(row.RecommendedActions), Strings(row.PriorityEventTypes),
            suggestions.Select(s => new SuggestedEvent(
                new ExpectedType(s.EventTypeId, s.EventCode, s.EventName, 0, s.Priority),
                CalendarDates.Parse(s.SuggestedDate), s.Reason, s.Urgency, s.ComplianceImpact)).ToList(),
            row.MonthsRemaining, row.PredictionDate);
        return new SavedForecast(row.Id, row.CreatedAt, forecast);
    }

    private static List<string> Strings(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];
}
