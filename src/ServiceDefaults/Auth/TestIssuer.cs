using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>The test-only issuer: tokens signed with Auth:SigningKey (HMAC), already in the system's claim
/// shape. Registered only outside Production (AuthExtensions), so Production never accepts them.</summary>
public static class TestIssuer
{
    public static void Configure(JwtBearerOptions jwt, AuthOptions options)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = TokenIssuer.KeyOf(options),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            NameClaimType = ClaimsMapper.NameType,
            RoleClaimType = ClaimsMapper.RoleType,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>True when the bearer token (unverified) names the test issuer: only picks the scheme,
    /// which then verifies everything.</summary>
    public static bool IsTestToken(HttpRequest request, string issuer)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        var handler = new JsonWebTokenHandler();
        var raw = header["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(raw)) return false;
        try { return handler.ReadJsonWebToken(raw).Issuer == issuer; }
        catch (ArgumentException) { return false; } // SecurityTokenMalformedException too
    }
}
