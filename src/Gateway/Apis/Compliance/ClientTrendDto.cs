namespace Segmentation.Gateway.Apis.Compliance;

/// <summary>API.md GET /api/compliance/{clientName}/trend.</summary>
public sealed record ClientTrendDto(string ClientName, int Year, IReadOnlyList<ClientTrendPointDto> Points);
