using Microsoft.Extensions.Hosting;

namespace Segmentation.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>Registers the pooled NpgsqlDataSource for the "segmentation" connection string,
    /// with Aspire's health check, tracing and metrics.</summary>
    public static IHostApplicationBuilder AddSegmentationDatabase(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(ResourceNames.Database);
        return builder;
    }
}
