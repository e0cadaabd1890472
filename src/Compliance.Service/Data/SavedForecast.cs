using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Data;

/// <summary>A forecast as stored in segmentation_compliance_scores.</summary>
public sealed record SavedForecast(Guid Id, DateTimeOffset SavedAt, ForecastResult Forecast);
