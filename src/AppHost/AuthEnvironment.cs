namespace Segmentation.AppHost;

public static class AuthEnvironment
{
    /// <summary>The provider's settings for a project that validates tokens or calls services as itself.</summary>
    public static IResourceBuilder<ProjectResource> WithProviderAuth(this IResourceBuilder<ProjectResource> project, ServiceKeys keys) =>
        project
            .WithEnvironment("Auth__Authority", keys.Authority)
            .WithEnvironment("Auth__RequireHttpsMetadata", keys.RequireHttpsMetadata ? "true" : "false")
            .WithEnvironment("Auth__ServiceClient__ClientSecret", keys.ServiceClientSecret);
}
