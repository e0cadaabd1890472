using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.ReferenceData;

/// <summary>One change of the matrix; before is null for a row that did not exist.</summary>
public sealed record RequirementAuditDto(DateTimeOffset? At, string By, RequirementDto? Before, RequirementDto? After)
{
    public static RequirementAuditDto From(RequirementAudit a) =>
        new(Wire.Time(a.At), a.By,
            a.Before is null ? null : RequirementDto.From(a.Before),
            a.After is null ? null : RequirementDto.From(a.After));
}
