namespace Segmentation.ServiceDefaults.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string Cse = "cse";
    /// <summary>Internal identity for background work between services (never issued to people).</summary>
    public const string Service = "service";

    public const string CseClaim = "cse";
    public const string AdminPolicy = "admin";
}
