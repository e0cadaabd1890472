namespace Segmentation.Requirements.Domain;

/// <summary>How many events of one type a client must complete in the assessed year, and how urgent it is.</summary>
public sealed record ExpectedCount(string EventTypeId, string EventCode, string EventName, int Expected, string Priority);
