using Microsoft.Extensions.Configuration;
using Segmentation.AppHost.Postgres;

namespace Segmentation.AppHost;

/// <summary>The AppHost's own configuration (appsettings.json, environment, command line).</summary>
public sealed record AppHostSettings(
    PostgresMode PostgresMode, int PostgresPort, string PostgresDataDirectory, string? PostgresBinDirectory,
    int GatewayPort, int IdentityPort, string DataDirectory, int Replicas = 1)
{
    public static AppHostSettings From(IConfiguration configuration, string appHostDirectory)
    {
        var dataDirectory = Path.GetFullPath(configuration["DataDirectory"] ?? Path.Combine(appHostDirectory, "..", "..", ".data"));
        var mode = Enum.TryParse<PostgresMode>(configuration["Postgres:Mode"], ignoreCase: true, out var m) ? m : PostgresMode.Executable;
        return new AppHostSettings(
            mode,
            configuration.GetValue("Postgres:Port", 55432),
            Path.GetFullPath(configuration["Postgres:DataDirectory"] ?? Path.Combine(dataDirectory, "postgres")),
            configuration["Postgres:BinDirectory"],
            configuration.GetValue("Gateway:Port", 5080),
            configuration.GetValue("Identity:Port", 5090),
            dataDirectory,
            // --Replicas=N: N processes of each service and N gateways (ports Gateway:Port, +1, …).
            Math.Max(1, configuration.GetValue("Replicas", 1)));
    }
}

