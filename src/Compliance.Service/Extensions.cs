using Segmentation.Compliance.Upstream;
using Segmentation.Compliance.Data;
using Segmentation.Compliance.Grpc;
using Segmentation.Compliance.Live;
using Segmentation.Compliance.Reports;
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
        // As the service: Compliance is the coordinator that has Requirements decide the user's access (the assessments
        // come with the user's token) and uses Events' answers only for what Requirements let through (the trust rule).
        builder.AddSegmentationGrpcClient<EventsService.EventsServiceClient>(ResourceNames.Events, asService: true);

        var services = builder.Services;
        services.AddTransient<AssessmentReader>();
        services.AddTransient<EventCountReader>();
        services.AddTransient<YearCountReader>();
        services.AddTransient<ClientDirectory>();
        services.AddTransient<ComplianceReports>();
        services.AddTransient<PortfolioReader>();
        services.AddTransient<SuggestionReports>();
        services.AddTransient<TrendReports>();
        services.AddTransient<WindowCountReader>();
        services.AddSingleton<ForecastHistory>();

        services.Configure<WatchOptions>(builder.Configuration.GetSection("Compliance:Watch"));
        services.AddSingleton<EventChangeHub>();
        services.AddTransient<ComplianceWatch>();
        services.AddHostedService<EventFeedListener>();
        return builder;
    }

    /// <summary>ComplianceService, served by one class per resource (each binds only the RPCs it overrides).</summary>
    public static WebApplication MapComplianceGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<ClientComplianceGrpcService>();
        app.MapGrpcService<ForecastGrpcService>();
        app.MapGrpcService<PortfolioGrpcService>();
        app.MapGrpcService<WorkloadGrpcService>();
        app.MapGrpcService<WatchGrpcService>();
        app.MapGrpcService<AgendaGrpcService>();
        app.MapGrpcService<TrendGrpcService>();
        return app;
    }
}
