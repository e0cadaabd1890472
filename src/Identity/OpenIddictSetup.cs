using OpenIddict.Abstractions;
using Segmentation.Identity.Clients;
using Segmentation.Identity.Data;

namespace Segmentation.Identity;

/// <summary>OpenIddict's server: code + PKCE (the dashboard), client credentials (services), refresh tokens,
/// and the development grant (curl users) in Development only. Access tokens are signed JWTs (not
/// encrypted) so any resource server can validate them against the JWKS.</summary>
public static class OpenIddictSetup
{
    public static void AddOpenIddictServer(this IHostApplicationBuilder builder, IdentityOptions options)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(options.Issuer))
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                if (development) server.AllowCustomFlow(DevelopmentGrant.Type);
                server.RegisterScopes(OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile,
                    OpenIddictConstants.Scopes.OfflineAccess, ClientCatalog.ApiScope);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(options.AccessTokenMinutes));
                // Kept in the machine's certificate store, so tokens survive restarts; a company provider
                // replaces all of this in production.
                server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // Served over plain HTTP on loopback under the AppHost, like the gateway.
                    .DisableTransportSecurityRequirement();
            });
    }
}
