using System.Globalization;

namespace Segmentation.AppHost;

/// <summary>--Replicas=N for the gRPC services: N processes behind Aspire's proxy (one address for service
/// discovery; the proxy spreads connections over the replicas), each with its share of the connection budget.</summary>
public static class Replicas
{
    public static IResourceBuilder<ProjectResource> WithReplicasOf(this IResourceBuilder<ProjectResource> service, ConnectionBudget budget)
    {
        if (budget.Replicas == 1) return service; // the model stays exactly what deploy/ is checked against
        return service.WithReplicas(budget.Replicas)
            // Later values win over AddGrpcService's: the pool shrinks so N replicas fit max_connections.
            .WithEnvironment("Database__MaxPoolSize", budget.ServicePool.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("Database__Services", budget.ServicePools.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("Database__ReservedConnections", budget.ReservedForOthers.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The name of gateway <paramref name="index"/> (0-based): "gateway", then "gateway-2", "gateway-3", ….</summary>
    public static string GatewayName(int index) => index == 0 ? ResourceNames.Gateway : $"{ResourceNames.Gateway}-{index + 1}";
}
