namespace Segmentation.Compliance.Grpc;

/// <summary>Where the next page of saved forecasts starts.</summary>
internal sealed record HistoryCursor(int Skip);
