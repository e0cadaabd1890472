namespace Segmentation.Identity;

/// <summary>Configuration section "Identity" of the development provider.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The issuer URL every token names and every service is told (Auth:Authority).</summary>
    public string Issuer { get; set; } = "http://localhost:5090/";
    /// <summary>The gateway's public URL, or several separated by ';' (one per gateway when each has its own
    /// address, as with ./run.sh --Replicas=N): the dashboard client's redirect URIs are under each.</summary>
    public string DashboardUrl { get; set; } = "http://localhost:5080";

    public IEnumerable<string> DashboardUrls =>
        DashboardUrl.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => u.TrimEnd('/'));
    public int AccessTokenMinutes { get; set; } = 60;
    /// <summary>Tokens from the development grant (curl users, ./run.sh's printed tokens) last a working day.</summary>
    public int DevelopmentTokenHours { get; set; } = 12;
}
