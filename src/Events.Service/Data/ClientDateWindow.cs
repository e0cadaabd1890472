namespace Segmentation.Events.Data;

/// <summary>One client's inclusive date window, such as its SPEC §5 event window for a year.</summary>
public sealed record ClientDateWindow(string ClientName, DateOnly First, DateOnly Last);
