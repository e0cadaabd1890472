namespace Segmentation.Compliance.Live;

/// <summary>What a WatchCompliance call follows: one client, or every client of one CSE.</summary>
public sealed record WatchTarget(string? ClientName, string? Cse, int Year);
