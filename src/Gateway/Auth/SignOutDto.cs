namespace Segmentation.Gateway.Auth;

/// <summary>POST /signout: where the page goes next (the provider's end-session page, or the dashboard).</summary>
public sealed record SignOutDto(string Redirect);
