using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Reports;

/// <summary>One page of the portfolio. The next page starts after <see cref="LastClient"/>.</summary>
public sealed record PortfolioPage(IReadOnlyList<ClientScore> Clients, bool HasMore)
{
    public string? LastClient => Clients.Count > 0 ? Clients[^1].Assessment.ClientName : null;
}
