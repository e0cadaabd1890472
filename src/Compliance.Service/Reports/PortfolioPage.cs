using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Reports;

/// <summary>One page of the portfolio, in client-name order; <see cref="LastClient"/> is where the next page starts.</summary>
public sealed record PortfolioPage(IReadOnlyList<ClientScore> Clients, bool HasMore)
{
    public string? LastClient => Clients.Count > 0 ? Clients[^1].Assessment.ClientName : null;
}
