namespace Segmentation.AppHost;

public static class ServiceResources
{
    /// <summary>A gRPC service: plain HTTP/2 on a loopback endpoint, the database, the shared signing
    /// key, and a start only after the migrator has finished.</summary>
    public static IResourceBuilder<ProjectResource> AddGrpcService<TProject>(
        this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<IResourceWithConnectionString> database, IResourceBuilder<ProjectResource> migrator, string signingKey)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: "http")
            .WithEnvironment("Kestrel__EndpointDefaults__Protocols", "Http2")
            .WithEnvironment("Auth__SigningKey", signingKey)
            .WithReference(database, ResourceNames.Database)
            // The migrator exits 1 when a script fails or a guide check does not hold: then no service starts.
            .WaitForCompletion(migrator, exitCode: 0);
}
