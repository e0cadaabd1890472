namespace Segmentation.Gateway.Auth;

/// <summary>GET /api/me: who the dashboard is signed in as and until when (signedIn false, and nothing else,
/// otherwise); canSignIn says whether this gateway has a provider to send the page to; today is the business calendar's date
/// (its time zone, not the browser's), which the page uses for "overdue" and the latest date a meeting can be logged.</summary>
public sealed record CurrentUserDto(bool SignedIn, string? Name, string? Role, string? Cse, DateTimeOffset? ExpiresAt, bool CanSignIn, string Today);
