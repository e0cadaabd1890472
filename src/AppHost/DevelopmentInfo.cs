using Microsoft.Extensions.Hosting;
using Segmentation.AppHost.Postgres;

namespace Segmentation.AppHost;

/// <summary>What a developer needs to reach the system locally, printed once at start. Tokens are
/// printed in Development only, once the development provider is up, and are issued by it.</summary>
public static class DevelopmentInfo
{
    public static void Print(IDistributedApplicationBuilder builder, AppHostSettings settings, ServiceKeys keys)
    {
        // Every project runs in this environment too (ProjectEnvironment).
        Console.WriteLine($"Environment: {builder.Environment.EnvironmentName}");
        Console.WriteLine($"Gateway: http://localhost:{settings.GatewayPort}");
        if (settings.Replicas > 1)
        {
            var ports = Enumerable.Range(settings.GatewayPort, settings.Replicas).Select(p => $"http://localhost:{p}");
            Console.WriteLine($"Replicas: {settings.Replicas} of each service (behind Aspire's proxy) and gateways at {string.Join(", ", ports)}");
            var budget = new ConnectionBudget(settings.Replicas);
            if (!budget.Fits)
                Console.WriteLine($"Warning: {settings.Replicas} replicas need more than PostgreSQL's {ConnectionBudget.MaxConnections} connections (docs/operations.md, Scale).");
        }
        Console.WriteLine($"Sign in: open http://localhost:{settings.GatewayPort}/segmentation/ and press Sign in");
        Console.WriteLine($"Identity provider: {keys.Authority}");
        if (settings.PostgresMode == PostgresMode.Executable)
            Console.WriteLine($"Postgres: postgresql://postgres@127.0.0.1:{settings.PostgresPort}/{ResourceNames.Database}");
    }

    /// <summary>Admin and first-CSE tokens for curl users, asked of the development provider (its
    /// development grant) as soon as it reports healthy.</summary>
    public static void PrintTokensWhenReady(IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> identity, ServiceKeys keys)
    {
        if (!builder.Environment.IsDevelopment()) return;
        builder.Eventing.Subscribe<ResourceReadyEvent>(identity.Resource, async (_, cancellationToken) =>
        {
            try
            {
                var tokens = new DevelopmentTokens(keys.Authority);
                Console.WriteLine($"Admin token: {await tokens.IssueAsync("admin", cancellationToken)}");
                var cse = DemoData.Cses[0];
                Console.WriteLine($"CSE token ({cse}): {await tokens.IssueAsync(cse, cancellationToken)}");
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                Console.WriteLine($"Tokens: the development provider did not issue them ({ex.Message}); see README, Signing in.");
            }
        });
    }
}
