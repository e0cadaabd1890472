using Segmentation.Requirements.Data;
using Segmentation.ServiceDefaults.Data;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements;

public static class Extensions
{
    public static IHostApplicationBuilder AddRequirementsServices(this IHostApplicationBuilder builder)
    {
        builder.AddSegmentationDatabase();
        builder.AddSegmentationGrpcServer();
        builder.Services.AddSingleton<EventTypeRepository>();
        builder.Services.AddSingleton<ClientRepository>();
        return builder;
    }
}
