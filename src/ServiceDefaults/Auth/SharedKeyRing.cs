using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Segmentation.ServiceDefaults.Auth;

public static class SharedKeyRing
{
    /// <summary>Data Protection (cookies, antiforgery, the gateway's stored sessions) with its keys in
    /// PostgreSQL, so replicas share them and a restart does not sign everyone out.</summary>
    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, string application)
    {
        services.AddDataProtection().SetApplicationName("segmentation-" + application);
        services.AddOptions<KeyManagementOptions>().Configure<NpgsqlDataSource>((o, database) =>
            o.XmlRepository = new PostgresXmlRepository(database, application));
        return services;
    }
}
