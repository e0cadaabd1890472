namespace Segmentation.Gateway.Apis.Compliance;

public sealed record PortfolioTrendPointDto(string AsOf, int Compliant, int AtRisk, int Critical);
