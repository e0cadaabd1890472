using Microsoft.Extensions.Configuration;

namespace Segmentation.AppHost.Postgres;

public static class DatabaseResource
{
    /// <summary>The "segmentation" database in the configured mode (see README: PostgreSQL modes).</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddSegmentationDatabase(
        this IDistributedApplicationBuilder builder, AppHostSettings settings)
    {
        switch (settings.PostgresMode)
        {
            case PostgresMode.Container:
                return builder.AddPostgres(ResourceNames.Postgres).WithDataVolume().AddDatabase(ResourceNames.Database);
            case PostgresMode.External:
                return builder.AddConnectionString(ResourceNames.Database);
            default:
                var bin = Segmentation.ServiceDefaults.Hosting.PostgresBinaries.Directory(settings.PostgresBinDirectory);
                var server = builder.AddPostgresExecutable(
                    ResourceNames.Postgres, ResourceNames.Database, settings.PostgresDataDirectory, settings.PostgresPort, bin);
                return server.Resource is IResourceWithConnectionString
                    ? builder.CreateResourceBuilder<IResourceWithConnectionString>(server.Resource)
                    : throw new InvalidOperationException("unreachable");
        }
    }
}
