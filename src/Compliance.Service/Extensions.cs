using Segmentation.Events.V1;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults;
using Segmentation.ServiceDefaults.Data;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Compliance;

public static class Extensions
{
    public static IHostApplicationBuilder AddComplianceServices(this IHostApplicationBuilder builder)
    {
        builder.AddSegmentationDatabase();
        builder.AddSegmentationGrpcServer();
        builder.AddSegmentationGrpcClient<RequirementsService.RequirementsServiceClient>(ResourceNames.Requirements);
        builder.AddSegmentationGrpcClient<EventsService.EventsServiceClient>(ResourceNames.Events);
        return builder;
    }
}
