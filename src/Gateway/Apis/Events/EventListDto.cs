namespace Segmentation.Gateway.Apis.Events;

/// <summary>One page of events; an empty nextPageToken means the last page (AIP-158).</summary>
public sealed record EventListDto(IReadOnlyList<EventDto> Events, string NextPageToken);
