using System.Security.Claims;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Turns a provider's principal into the one shape the system reads (<see cref="Caller"/>): "role"
/// claims admin/cse/service and a "cse" claim. Only what the mapping names is kept as a role, so a
/// provider's own "role" or "cse" claims cannot grant anything unmapped.</summary>
public static class ClaimsMapper
{
    public const string RoleType = "role";
    public const string NameType = "name";

    public static ClaimsPrincipal Map(ClaimsPrincipal source, ClaimMapping mapping, string authenticationType)
    {
        var claims = source.Claims.Where(c => c.Type is not (RoleType or Roles.CseClaim or NameType)).ToList();
        var values = source.FindAll(mapping.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (values.Contains(mapping.AdminValue)) claims.Add(new Claim(RoleType, Roles.Admin));
        if (values.Contains(mapping.ServiceValue)) claims.Add(new Claim(RoleType, Roles.Service));
        if (values.Contains(mapping.CseValue))
        {
            var cse = source.FindFirst(mapping.Cse)?.Value;
            if (!string.IsNullOrWhiteSpace(cse))
            {
                claims.Add(new Claim(RoleType, Roles.Cse));
                claims.Add(new Claim(Roles.CseClaim, cse));
            }
        }
        var name = source.FindFirst(mapping.Name)?.Value ?? source.FindFirst("sub")?.Value;
        if (name is not null) claims.Add(new Claim(NameType, name));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, NameType, RoleType));
    }
}
