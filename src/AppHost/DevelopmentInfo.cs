using Microsoft.Extensions.Hosting;
using Segmentation.AppHost.Postgres;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.AppHost;

/// <summary>What a developer needs to reach the system locally, printed once at start. Tokens are
/// printed in Development only; every other environment gets no ready-made credential.</summary>
public static class DevelopmentInfo
{
    public static void Print(IDistributedApplicationBuilder builder, AppHostSettings settings, string signingKey)
    {
        // Every project runs in this environment too (ProjectEnvironment).
        Console.WriteLine($"Environment: {builder.Environment.EnvironmentName}");
        Console.WriteLine($"Gateway: http://localhost:{settings.GatewayPort}");
        if (settings.PostgresMode == PostgresMode.Executable)
            Console.WriteLine($"Postgres: postgresql://postgres@127.0.0.1:{settings.PostgresPort}/{ResourceNames.Database}");
        if (!builder.Environment.IsDevelopment()) return;
        var issuer = new TokenIssuer(new AuthOptions { SigningKey = signingKey });
        Console.WriteLine($"Admin token: {issuer.Issue("local-admin", Roles.Admin)}");
        var cse = DemoData.Cses[0];
        Console.WriteLine($"CSE token ({cse}): {issuer.Issue($"cse:{cse}", Roles.Cse, cse)}");
    }
}
