namespace Segmentation.Identity.Users;

/// <summary>A person the development provider can sign in: the admin, or a CSE by the name Requirements uses.</summary>
public sealed record DevelopmentUser(string UserName, string DisplayName, string Role)
{
    public string Subject => Role == ServiceDefaults.Auth.Roles.Admin ? "admin" : "cse:" + DisplayName;
}
