namespace Segmentation.Requirements.Grpc;

/// <summary>What a ListClients page token carries: the last client name of the previous page.</summary>
internal sealed record ClientListCursor(string After);
