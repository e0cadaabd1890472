namespace Segmentation.Events.Data;

/// <summary>One client and its inclusive date window.</summary>
public sealed record CountWindow(string ClientName, DateOnly Start, DateOnly End);
