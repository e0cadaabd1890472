namespace Segmentation.AppHost;

public static class ServiceResources
{
    /// <summary>Each service's Npgsql pool maximum. Budget: 3 services × 25 + 10 reserved (migrator,
    /// psql, monitoring) + PostgreSQL's 3 superuser slots = 88 ≤ max_connections (100 by default).</summary>
    public const int MaxPoolSize = 25;

    /// <summary>A gRPC service: plain HTTP/2 on a loopback endpoint, the database with its pool budget,
    /// the provider's settings and the page-token key, and a start only after the migrator has finished.</summary>
    public static IResourceBuilder<ProjectResource> AddGrpcService<TProject>(
        this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<IResourceWithConnectionString> database, IResourceBuilder<ProjectResource> migrator, ServiceKeys keys)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: "http")
            .WithEnvironment("Kestrel__EndpointDefaults__Protocols", "Http2")
            .WithProviderAuth(keys)
            .WithEnvironment("PageTokens__Key", keys.PageTokenKey)
            .WithEnvironment("Database__MaxPoolSize", MaxPoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithReference(database, ResourceNames.Database)
            // The migrator exits 1 when a script fails or a guide check does not hold: then no service starts.
            .WaitForCompletion(migrator, exitCode: 0);
}
