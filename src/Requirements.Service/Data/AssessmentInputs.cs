using Segmentation.Requirements.Domain;

namespace Segmentation.Requirements.Data;

/// <summary>Everything SPEC §5 needs for a set of clients, loaded with a few set-based queries.</summary>
public sealed record AssessmentInputs(
    IReadOnlyList<ClientRow> Clients,
    ILookup<string, Period> History,
    ILookup<string, string> ExcludedEventTypeIds,
    RequirementMatrix Matrix);
