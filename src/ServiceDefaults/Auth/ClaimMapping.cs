namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Which claims of the provider's tokens carry the role and the CSE ("Auth:Claims"). The values
/// can be app roles (Entra "roles"), group names or ids (Okta/Keycloak "groups"), or plain roles.</summary>
public sealed class ClaimMapping
{
    /// <summary>The claim holding roles or groups (several values or a JSON array).</summary>
    public string Role { get; set; } = "role";
    public string AdminValue { get; set; } = Roles.Admin;
    public string CseValue { get; set; } = Roles.Cse;
    public string ServiceValue { get; set; } = Roles.Service;
    /// <summary>The claim whose value is the CSE's name as Requirements knows it ("name" or "email").</summary>
    public string Cse { get; set; } = "name";
    /// <summary>The claim shown as the caller's name.</summary>
    public string Name { get; set; } = "name";
}
