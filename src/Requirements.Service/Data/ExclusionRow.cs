namespace Segmentation.Requirements.Data;

public sealed record ExclusionRow(string ClientName, string EventTypeId, string EventCode, string Reason, DateTimeOffset CreatedAt);
