namespace Segmentation.Requirements.Data;

/// <summary>A row of segmentation_event_types.</summary>
public sealed record EventTypeRow(string Id, string Code, string Name, string FrequencyType, string ResponsibleTeam, bool IsActive);
