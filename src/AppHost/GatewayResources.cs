namespace Segmentation.AppHost;

/// <summary>The gateways: one per replica, each its own resource on its own fixed port (Gateway:Port, +1, …),
/// so a browser or a load balancer reaches each one directly. They share everything that is state (sessions,
/// the Data Protection key ring, and, when there are several, the rate-limit buckets) through PostgreSQL.</summary>
public static class GatewayResources
{
    public static IReadOnlyList<IResourceBuilder<ProjectResource>> AddGateways(this IDistributedApplicationBuilder builder,
        AppHostSettings settings, ServiceKeys keys, IResourceBuilder<IResourceWithConnectionString> database,
        params IResourceBuilder<ProjectResource>[] services) =>
        Enumerable.Range(0, settings.Replicas).Select(i =>
        {
            var gateway = builder.AddProject<Projects.Gateway>(Replicas.GatewayName(i))
                .WithHttpEndpoint(port: settings.GatewayPort + i, name: "http", isProxied: false)
                .WithProviderAuth(keys)
                .WithAuthSettings(builder.Configuration)
                // Sessions, the key ring and the rate-limit buckets: a small pool (ConnectionBudget).
                .WithEnvironment("Database__MaxPoolSize", ConnectionBudget.GatewayPool.ToString(System.Globalization.CultureInfo.InvariantCulture))
                // One gateway keeps its rate-limit buckets in memory (no SQL round trip per request); several share the table.
                .WithEnvironment("RateLimiting__Store", settings.Replicas == 1 ? "Memory" : "Database")
                .WithReference(database, ResourceNames.Database);
            foreach (var service in services) gateway.WithReference(service).WaitFor(service);
            return gateway.WithHttpHealthCheck("/health");
        }).ToList();
}
