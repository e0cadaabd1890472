namespace Segmentation.Gateway.Auth;

/// <summary>GET /auth/me: who the dashboard is signed in as (signedIn false, and nothing else, otherwise).</summary>
public sealed record CurrentUserDto(bool SignedIn, string? Name, string? Role, string? Cse, bool CanSignIn);
