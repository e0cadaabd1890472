using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Segmentation.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>Registers the pooled NpgsqlDataSource for the "segmentation" connection string,
    /// with Aspire's health check, tracing and metrics, and the shared Dapper type handlers. The pool
    /// maximum is Database:MaxPoolSize (the connection budget, <see cref="DatabaseOptions"/>), checked
    /// against the server's max_connections once at startup.</summary>
    public static IHostApplicationBuilder AddSegmentationDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.MaxPoolSize < 1) throw new InvalidOperationException("Database:MaxPoolSize must be at least 1.");
        builder.AddNpgsqlDataSource(ResourceNames.Database, configureDataSourceBuilder: data =>
        {
            data.ConnectionStringBuilder.MaxPoolSize = options.MaxPoolSize;
            // Nothing here leaves session state on a connection (no SET, no session locks, temp tables drop on
            // commit, LISTEN only through ListeningConnection), and the reset Npgsql sends when statements are
            // prepared costs PostgreSQL about 0.05 ms per use, twice per single-client read (issue 13).
            data.ConnectionStringBuilder.NoResetOnClose = true;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ConnectionBudgetCheck>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ConnectionBudgetCheck>());
        DapperTypeHandlers.Register();
        return builder;
    }
}
