namespace Segmentation.Gateway.Apis.Compliance;

public sealed record WorkloadDto(IReadOnlyList<CseWorkloadDto> Ceses, CseWorkloadDto? Totals);
