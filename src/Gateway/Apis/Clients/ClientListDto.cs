namespace Segmentation.Gateway.Apis.Clients;

/// <summary>One page of clients; an empty nextPageToken means the last page (AIP-158).</summary>
public sealed record ClientListDto(IReadOnlyList<ClientSummaryDto> Clients, string NextPageToken);
