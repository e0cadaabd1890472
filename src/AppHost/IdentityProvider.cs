using Microsoft.Extensions.Configuration;

namespace Segmentation.AppHost;

/// <summary>Which OpenID Connect provider the system trusts: the configured one (Auth:Authority, a company
/// provider), or else the development provider (src/Identity) that the AppHost starts on Identity:Port.</summary>
public static class IdentityProvider
{
    public static bool IsExternal(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Auth:Authority"]);

    public static ServiceKeys Keys(IConfiguration configuration, AppHostSettings settings) => new(
        IsExternal(configuration) ? configuration["Auth:Authority"]! : $"http://localhost:{settings.IdentityPort}/",
        LocalSecret.Resolve(configuration, "Auth:ServiceClient:ClientSecret", settings.DataDirectory, "service-client-secret"),
        LocalSecret.Resolve(configuration, "PageTokens:Key", settings.DataDirectory, "page-token-key"));

    /// <summary>Every other "Auth:…" setting of the AppHost (claim mapping, the dashboard's client) reaches
    /// every project unchanged, so a company provider is configured in one place.</summary>
    public static IResourceBuilder<ProjectResource> WithAuthSettings(this IResourceBuilder<ProjectResource> project, IConfiguration configuration)
    {
        foreach (var (key, value) in configuration.GetSection("Auth").AsEnumerable(makePathsRelative: false))
        {
            // Never the test-only signing key: no project the AppHost starts accepts test tokens.
            if (value is null || key is "Auth:Authority" or "Auth:ServiceClient:ClientSecret" or "Auth:SigningKey") continue;
            project.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
        }
        return project;
    }

    /// <summary>The development provider: its store in the shared database, its users from Requirements.</summary>
    public static IResourceBuilder<ProjectResource> AddDevelopmentProvider(this IDistributedApplicationBuilder builder, AppHostSettings settings,
        ServiceKeys keys, IResourceBuilder<IResourceWithConnectionString> database, IResourceBuilder<ProjectResource> migrator,
        IResourceBuilder<ProjectResource> requirements) =>
        builder.AddProject<Projects.Identity>(ResourceNames.Identity)
            .WithHttpEndpoint(port: settings.IdentityPort, name: "http", isProxied: false)
            .WithEnvironment("Identity__Issuer", keys.Authority)
            // Every gateway's address: with --Replicas=N a user may start signing in on any of them.
            .WithEnvironment("Identity__DashboardUrl", string.Join(';', Enumerable.Range(settings.GatewayPort, settings.Replicas)
                .Select(port => "http://localhost:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .WithEnvironment("Database__MaxPoolSize", "3")
            .WithProviderAuth(keys)
            .WithAuthSettings(builder.Configuration)
            .WithReference(database, ResourceNames.Database)
            .WaitForCompletion(migrator, exitCode: 0)
            .WithReference(requirements).WaitFor(requirements)
            .WithHttpHealthCheck("/health");
}
