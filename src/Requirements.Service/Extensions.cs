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
        builder.Services.AddSingleton<ClientWriter>();
        builder.Services.AddSingleton<SegmentRepository>();
        builder.Services.AddSingleton<RequirementRepository>();
        builder.Services.AddSingleton<SegmentHistoryRepository>();
        builder.Services.AddSingleton<ExclusionRepository>();
        builder.Services.AddSingleton<AssessmentInputsRepository>();
        return builder;
    }
}
