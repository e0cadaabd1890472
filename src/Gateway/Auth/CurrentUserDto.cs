namespace Segmentation.Gateway.Auth;

/// <summary>GET /api/me: who the dashboard is signed in as and until when (signedIn false, and nothing else,
/// otherwise); canSignIn says whether this gateway has a provider to send the page to.</summary>
public sealed record CurrentUserDto(bool SignedIn, string? Name, string? Role, string? Cse, DateTimeOffset? ExpiresAt, bool CanSignIn);
