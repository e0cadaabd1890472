using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Segmentation.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>Bearer validation (the provider's discovery + JWKS; the test key outside Production only);
    /// every endpoint requires an authenticated admin, CSE or service unless it opts out; the "admin"
    /// policy guards reference-data writes. Returns the builder so the gateway can add its cookie.</summary>
    public static AuthenticationBuilder AddSegmentationAuth(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var testKey = !builder.Environment.IsProduction() && !string.IsNullOrEmpty(options.SigningKey);
        var provider = !string.IsNullOrWhiteSpace(options.Authority);
        if (!provider && !testKey)
            throw new InvalidOperationException("Auth:Authority (the OpenID Connect provider's issuer URL) must be set.");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new AuthModes(provider, testKey));
        builder.Services.AddSingleton<ServiceIdentity>();
        builder.Services.AddHttpClient(ServiceIdentity.HttpClientName);
        builder.Services.AddHttpContextAccessor();

        var authentication = builder.Services.AddAuthentication(AuthSchemes.Bearer)
            .AddPolicyScheme(AuthSchemes.Bearer, "Bearer token", o => o.ForwardDefaultSelector = context =>
                testKey && (!provider || TestIssuer.IsTestToken(context.Request, options.Issuer)) ? AuthSchemes.TestKey : AuthSchemes.Provider);
        if (provider) authentication.AddJwtBearer(AuthSchemes.Provider, jwt => ProviderBearer.Configure(jwt, options));
        if (testKey) authentication.AddJwtBearer(AuthSchemes.TestKey, jwt => TestIssuer.Configure(jwt, options));

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireRole(Roles.Admin, Roles.Cse, Roles.Service)
                .Build())
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin, Roles.Service));
        return authentication;
    }
}
