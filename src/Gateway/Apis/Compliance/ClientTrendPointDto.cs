namespace Segmentation.Gateway.Apis.Compliance;

public sealed record ClientTrendPointDto(string AsOf, int OverallScore, string OverallStatus);
