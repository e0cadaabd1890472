namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>API.md GET /api/compliance/trend: how many visible clients had each overall status at each point.</summary>
public sealed record PortfolioTrendDto(int Year, IReadOnlyList<PortfolioTrendPointDto> Points);
