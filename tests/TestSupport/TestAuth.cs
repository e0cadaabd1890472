using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.TestSupport;

/// <summary>The signing key every service under test is configured with, and tokens signed by it.</summary>
public static class TestAuth
{
    public static readonly AuthOptions Options = new() { SigningKey = "test-signing-key-that-is-long-enough-0123456789" };

    private static readonly TokenIssuer Issuer = new(Options);

    public static string Admin { get; } = Issuer.Issue("test-admin", Roles.Admin);

    public static string Cse(string cseName) => Issuer.Issue($"cse:{cseName}", Roles.Cse, cseName);

    public static string Expired { get; } = Issuer.Issue("test-admin", Roles.Admin, lifetime: TimeSpan.FromMinutes(-5));

    /// <summary>A token signed with another key: must be rejected.</summary>
    public static string Forged { get; } =
        new TokenIssuer(new AuthOptions { SigningKey = "some-other-key-that-is-also-long-enough-987654" }).Issue("mallory", Roles.Admin);
}
