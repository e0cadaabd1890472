namespace Segmentation.Gateway.Apis.Events;

public sealed record SegmentationEventListDto(IReadOnlyList<SegmentationEventDto> Events);
