using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Segmentation.AppHost.Postgres;

public static class PostgresExecutableExtensions
{
    // initdb once into an empty data directory, as the 'postgres' user when run as root
    // (PostgreSQL refuses to run as root). Arguments: $1 data directory, $2 binaries.
    private const string InitScript = """
        set -e
        if [ -s "$1/PG_VERSION" ]; then echo "PostgreSQL data directory $1 is ready."; exit 0; fi
        mkdir -p "$1"
        if [ "$(id -u)" = 0 ]; then
          chown postgres:postgres "$1"; chmod 700 "$1"
          exec setpriv --reuid=postgres --regid=postgres --init-groups "$2/initdb" -D "$1" -U postgres --auth=trust --no-sync --locale=C.UTF-8 --encoding=UTF8
        fi
        exec "$2/initdb" -D "$1" -U postgres --auth=trust --no-sync --locale=C.UTF-8 --encoding=UTF8
        """;

    /// <summary>PostgreSQL from the machine's binaries: an init step that runs to completion, then the
    /// server on a fixed loopback port with a readiness check. Only 127.0.0.1 is listened on.</summary>
    public static IResourceBuilder<PostgresExecutableResource> AddPostgresExecutable(
        this IDistributedApplicationBuilder builder, string name, string database, string dataDirectory, int port, string binDirectory)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dataDirectory)!);
        var init = builder.AddExecutable(name + "-init", "bash", builder.AppHostDirectory, "-c", InitScript, "initdb", dataDirectory, binDirectory);

        var asRoot = Environment.UserName == "root";
        var postgres = Path.Combine(binDirectory, "postgres");
        var command = asRoot ? "setpriv" : postgres;
        var resource = new PostgresExecutableResource(name, command, builder.AppHostDirectory, database);

        var healthCheck = name + "-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async ct =>
        {
            try
            {
                var connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct);
                var csb = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false, Timeout = 3 };
                await using var connection = new NpgsqlConnection(csb.ConnectionString);
                await connection.OpenAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        });

        return builder.AddResource(resource)
            .WithArgs(asRoot ? ["--reuid=postgres", "--regid=postgres", "--init-groups", postgres] : Array.Empty<string>())
            .WithArgs("-D", dataDirectory, "-h", "127.0.0.1", "-k", dataDirectory)
            .WithEndpoint(PostgresExecutableResource.EndpointName, e =>
            {
                e.Port = port;
                e.TargetPort = port;
                e.IsProxied = false;
                e.UriScheme = "tcp";
            })
            .WithEnvironment("PGPORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHealthCheck(healthCheck)
            .WaitForCompletion(init);
    }
}
