namespace Segmentation.Gateway.Auth;

public sealed record DevelopmentToken(string Token);
