using Grpc.AspNetCore.Server;
using Segmentation.Events.Changes;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.Grpc;
using Segmentation.Events.Import;
using Segmentation.Events.Upstream;
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
        // As the service: Events keeps Requirements' full answers and applies the caller's access itself (ClientDirectory).
        builder.AddSegmentationGrpcClient<RequirementsService.RequirementsServiceClient>(ResourceNames.Requirements, asService: true);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<EventDateRule>();
        services.AddSingleton<ScheduleValidator>();
        services.AddSingleton<DirectoryCache>();
        services.AddHostedService<DirectoryListener>();
        services.AddScoped<ClientDirectory>();
        services.AddScoped<EventTypeCatalog>();
        services.AddScoped<AssessmentWindows>();
        services.AddScoped<WriteAnswers>();
        services.AddScoped<EventFilters>();
        services.AddSingleton<EventStore>();
        services.AddSingleton<EventWriter>();
        services.AddSingleton<EventQuery>();
        services.AddSingleton<EventCounts>();
        services.AddSingleton<YearCountQuery>();
        services.AddSingleton<BulkEventWriter>();
        services.AddSingleton<ImportPlanner>();
        services.AddScoped<ImportService>();
        services.AddSingleton<ChangeFeedReader>();
        services.AddSingleton<Calendar.CalendarFeeds>();
        return builder;
    }

    /// <summary>EventsService, served by one class per resource (each binds only the RPCs it overrides).</summary>
    public static WebApplication MapEventsGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<ScheduleGrpcService>();
        app.MapGrpcService<EventChangesGrpcService>();
        app.MapGrpcService<EventReadGrpcService>();
        app.MapGrpcService<EventListGrpcService>();
        app.MapGrpcService<CountsGrpcService>();
        app.MapGrpcService<ImportGrpcService>();
        app.MapGrpcService<WatchGrpcService>();
        app.MapGrpcService<CalendarFeedGrpcService>();
        return app;
    }
}
