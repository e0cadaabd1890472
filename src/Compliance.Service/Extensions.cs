using Segmentation.Compliance.Clients;
using Segmentation.Compliance.Data;
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
        builder.AddSegmentationGrpcClient<EventsService.EventsServiceClient>(ResourceNames.Events);

        var services = builder.Services;
        services.AddTransient<AssessmentReader>();
        services.AddTransient<EventCountReader>();
        services.AddTransient<ClientDirectory>();
        services.AddTransient<ComplianceReports>();
        services.AddTransient<PortfolioReader>();
        services.AddSingleton<ForecastHistory>();

        services.Configure<WatchOptions>(builder.Configuration.GetSection("Compliance:Watch"));
        services.AddSingleton<EventChangeHub>();
        services.AddTransient<ComplianceWatch>();
        services.AddHostedService<EventFeedListener>();
        return builder;
    }
}
