namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>Saved forecasts of one client, newest first; an empty nextPageToken means the last page.</summary>
public sealed record ForecastHistoryDto(IReadOnlyList<ForecastDto> Forecasts, string NextPageToken);
