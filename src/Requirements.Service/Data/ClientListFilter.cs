namespace Segmentation.Requirements.Data;

/// <summary>Filters of ListClients; null = no filter.</summary>
public sealed record ClientListFilter(string? Cse, string? Segment, string? Search)
{
    /// <summary>A stable text of the filters, which page tokens are bound to.</summary>
    public string Fingerprint => Segmentation.ServiceDefaults.Grpc.PageTokenCodec.Filters(Cse, Segment, Search);
}
