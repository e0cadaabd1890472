using Grpc.AspNetCore.Server;
using Segmentation.Events.Changes;
using Segmentation.Events.Clients;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.Grpc;
using Segmentation.Events.Import;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults;
using Segmentation.ServiceDefaults.Data;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events;

public static class Extensions
{
    public static IHostApplicationBuilder AddEventsServices(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(EventsOptions.Section).Get<EventsOptions>() ?? new EventsOptions();
        builder.AddSegmentationDatabase();
        builder.AddSegmentationGrpcServer();
        // Imports of 100,000+ rows arrive as one message, far above gRPC's 4 MB default.
        builder.Services.Configure<GrpcServiceOptions<EventsGrpcService>>(o => o.MaxReceiveMessageSize = options.MaxReceiveMessageBytes);
        builder.AddSegmentationGrpcClient<RequirementsService.RequirementsServiceClient>(ResourceNames.Requirements);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<EventDateRule>();
        services.AddSingleton<ScheduleValidator>();
        services.AddSingleton<EventTypeCache>();
        services.AddScoped<ClientDirectory>();
        services.AddScoped<EventTypeCatalog>();
        services.AddSingleton<EventStore>();
        services.AddSingleton<EventWriter>();
        services.AddSingleton<EventQuery>();
        services.AddSingleton<EventCounts>();
        services.AddSingleton<RequestKeys>();
        services.AddSingleton<BulkEventWriter>();
        services.AddSingleton<ImportPlanner>();
        services.AddScoped<ImportService>();
        services.AddSingleton<ChangeFeedReader>();
        return builder;
    }
}
