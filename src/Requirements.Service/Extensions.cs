using Segmentation.Requirements.Data;
using Segmentation.Requirements.Grpc;
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
        builder.Services.AddSingleton<MatrixCache>();
        builder.Services.AddHostedService<MatrixListener>();
        builder.Services.AddSingleton<ClientMessages>();
        return builder;
    }

    /// <summary>RequirementsService, served by one class per resource (each binds only the RPCs it overrides).</summary>
    public static WebApplication MapRequirementsGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<SegmentsGrpcService>();
        app.MapGrpcService<EventTypesGrpcService>();
        app.MapGrpcService<MatrixGrpcService>();
        app.MapGrpcService<ClientsGrpcService>();
        app.MapGrpcService<ClientListGrpcService>();
        app.MapGrpcService<AliasesGrpcService>();
        app.MapGrpcService<SegmentChangesGrpcService>();
        app.MapGrpcService<AssessmentsGrpcService>();
        app.MapGrpcService<ExclusionsGrpcService>();
        return app;
    }
}
