using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Segmentation.Gateway.Auth;

/// <summary>When the caller's sign-in ends: the dashboard session's expiry (sliding, renewed by use), or for a
/// bearer caller the token's "exp".</summary>
public static class SessionExpiry
{
    public static DateTimeOffset? Of(AuthenticateResult session, ClaimsPrincipal user)
    {
        if (session.Properties?.ExpiresUtc is { } expires) return expires;
        var exp = user.FindFirst("exp")?.Value;
        return long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }
}
