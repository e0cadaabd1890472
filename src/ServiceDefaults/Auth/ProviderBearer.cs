using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Tokens of the OpenID Connect provider: keys from its JWKS (found through the discovery
/// document, fetched again when a token names an unknown "kid"), its issuer, our audience, RS256/ES256.</summary>
public static class ProviderBearer
{
    public static void Configure(JwtBearerOptions jwt, AuthOptions options)
    {
        jwt.Authority = options.Authority;
        jwt.Audience = options.Audience;
        jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
        jwt.MapInboundClaims = false;
        jwt.RefreshOnIssuerKeyNotFound = true;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = options.Audience,
            ValidateIssuer = true,
            // The key is the one the token's "kid" names (after a JWKS refresh for an unknown one), never any key that fits.
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
            NameClaimType = ClaimsMapper.NameType,
            // Roles are read only from the mapped identity (ClaimsMapper), never straight from the token.
            RoleClaimType = "segmentation:unmapped-role",
            // Token lifetimes follow the real clock (not a host's TimeProvider, which tests fix in the past).
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                context.Principal = ClaimsMapper.Map(context.Principal!, options.Claims, AuthSchemes.Provider);
                return Task.CompletedTask;
            },
        };
    }
}
