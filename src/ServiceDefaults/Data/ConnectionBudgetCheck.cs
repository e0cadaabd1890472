using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Segmentation.ServiceDefaults.Data;

/// <summary>Reads max_connections once at startup and logs an error when the configured pools cannot fit
/// (see <see cref="DatabaseOptions"/>). It never stops the service: a wrong budget degrades under load,
/// it does not break a quiet system.</summary>
public sealed class ConnectionBudgetCheck(NpgsqlDataSource dataSource, DatabaseOptions options, ILogger<ConnectionBudgetCheck> logger)
    : BackgroundService
{
    /// <summary>The last result, for tests: null until checked.</summary>
    public bool? Fits { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand(
                "SELECT current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int");
            await using var reader = await command.ExecuteReaderAsync(stoppingToken);
            await reader.ReadAsync(stoppingToken);
            var (max, superuser) = (reader.GetInt32(0), reader.GetInt32(1));
            Fits = options.Needed + superuser <= max;
            if (Fits == false)
                logger.LogError(
                    "Connection budget exceeded: Database:Services ({Services}) × Database:MaxPoolSize ({Pool}) + Database:ReservedConnections ({Reserved}) " +
                    "+ superuser_reserved_connections ({Superuser}) = {Needed} > max_connections ({Max}). Lower Database:MaxPoolSize or raise max_connections.",
                    options.Services, options.MaxPoolSize, options.ReservedConnections, superuser, options.Needed + superuser, max);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not read max_connections to check the connection budget.");
        }
    }
}
