using System.Security.Claims;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Who is calling: an admin (or an internal service) sees everything; a CSE only own clients.</summary>
public sealed record Caller(string Name, bool IsAdmin, string? Cse)
{
    public static Caller From(ClaimsPrincipal user)
    {
        var isAdmin = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Service);
        var cse = user.IsInRole(Roles.Cse) ? user.FindFirstValue(Roles.CseClaim) : null;
        var name = user.Identity?.Name ?? user.FindFirstValue("sub") ?? cse ?? "unknown";
        return new Caller(name, isAdmin, cse);
    }

    /// <summary>True when this caller may see a client looked after by <paramref name="clientCse"/>.</summary>
    public bool CanSee(string? clientCse) =>
        IsAdmin || (Cse is not null && string.Equals(Cse, clientCse, StringComparison.Ordinal));
}
