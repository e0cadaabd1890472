using Microsoft.IdentityModel.Tokens;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Checks "nbf"/"exp" against the host's TimeProvider (the one tests can move), with a small skew.</summary>
public static class TokenLifetime
{
    public static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    public static LifetimeValidator Validator(TimeProvider time) => (notBefore, expires, _, _) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null || now > expires.Value.Add(Skew)) return false;
        return notBefore is null || now >= notBefore.Value.Subtract(Skew);
    };
}
