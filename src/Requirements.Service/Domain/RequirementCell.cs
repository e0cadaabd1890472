namespace Segmentation.Requirements.Domain;

/// <summary>One cell of the requirement matrix: how many events of a type a segment needs per year.</summary>
public sealed record RequirementCell(string Segment, string EventTypeId, string EventCode, string EventName, int Count, string Priority);
