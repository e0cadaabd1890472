using Microsoft.Extensions.Hosting;
using Segmentation.AppHost.Postgres;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.AppHost;

/// <summary>What a developer needs to reach the system locally, printed once at start (Development only).</summary>
public static class DevelopmentInfo
{
    public static void Print(IDistributedApplicationBuilder builder, AppHostSettings settings, string signingKey)
    {
        if (!builder.Environment.IsDevelopment()) return;
        Console.WriteLine($"Gateway: http://localhost:{settings.GatewayPort}");
        if (settings.PostgresMode == PostgresMode.Executable)
            Console.WriteLine($"Postgres: postgresql://postgres@127.0.0.1:{settings.PostgresPort}/{ResourceNames.Database}");
        var issuer = new TokenIssuer(new AuthOptions { SigningKey = signingKey });
        Console.WriteLine($"Admin token: {issuer.Issue("local-admin", Roles.Admin)}");
        var cse = DemoData.Cses[0];
        Console.WriteLine($"CSE token ({cse}): {issuer.Issue($"cse:{cse}", Roles.Cse, cse)}");
    }
}
