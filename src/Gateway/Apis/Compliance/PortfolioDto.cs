namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>One page of the portfolio; an empty nextPageToken means the last page (AIP-158).</summary>
public sealed record PortfolioDto(IReadOnlyList<ClientComplianceSummaryDto> Clients, string NextPageToken);
