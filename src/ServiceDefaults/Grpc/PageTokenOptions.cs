namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Configuration section "PageTokens". <see cref="Key"/> signs every page token a service issues;
/// all replicas of a service need the same key (the AppHost generates one into .data/page-token-key).</summary>
public sealed class PageTokenOptions
{
    public const string Section = "PageTokens";

    /// <summary>At least 32 characters. Required outside Development.</summary>
    public string Key { get; set; } = "";

    /// <summary>How long a token stays valid; a listing older than that starts again from page one.</summary>
    public int LifetimeMinutes { get; set; } = 24 * 60;
}
