namespace Segmentation.Requirements.Data;

/// <summary>A client as nps_clients holds it: name, current segment, CSE ("" when unset).</summary>
public sealed record ClientRow(string Name, string Segment, string Cse);
