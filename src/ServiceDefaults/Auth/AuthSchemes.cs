using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Bearer tokens go through <see cref="Bearer"/>, which forwards to <see cref="Provider"/> (the
/// OpenID Connect authority) or, outside Production, to <see cref="TestKey"/> for the test issuer.</summary>
public static class AuthSchemes
{
    public const string Bearer = "SegmentationBearer";
    public const string Provider = JwtBearerDefaults.AuthenticationScheme;
    public const string TestKey = "TestKey";
}
