using Microsoft.Extensions.Hosting;

namespace Segmentation.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>Registers the pooled NpgsqlDataSource for the "segmentation" connection string,
    /// with Aspire's health check, tracing and metrics, and the shared Dapper type handlers.</summary>
    public static IHostApplicationBuilder AddSegmentationDatabase(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(ResourceNames.Database);
        DapperTypeHandlers.Register();
        return builder;
    }
}
