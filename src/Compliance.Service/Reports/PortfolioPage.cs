using Segmentation.Compliance.Scoring;

namespace Segmentation.Compliance.Reports;

/// <summary>One page of the portfolio. The next page starts after <see cref="LastClient"/>, or, when
/// the page came from Requirements' client list, at <see cref="ClientListToken"/>.</summary>
public sealed record PortfolioPage(IReadOnlyList<ClientScore> Clients, bool HasMore, string? ClientListToken = null)
{
    public string? LastClient => Clients.Count > 0 ? Clients[^1].Assessment.ClientName : null;
}
