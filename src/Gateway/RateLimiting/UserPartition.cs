namespace Segmentation.Gateway.RateLimiting;

/// <summary>Whose budget a request spends: the token's subject, so one user's bulk work never slows
/// another's (the address only for a request without one, which authorization refuses anyway).</summary>
public static class UserPartition
{
    public static string KeyOf(HttpContext context) =>
        context.User.FindFirst("sub")?.Value
        ?? context.Connection.RemoteIpAddress?.ToString()
        ?? "anonymous";
}
