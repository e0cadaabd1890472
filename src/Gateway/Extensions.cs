using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;
using Segmentation.Compliance.V1;
using Segmentation.Events.V1;
using Segmentation.Gateway.Apis.Agenda;
using Segmentation.Gateway.Apis.Calendar;
using Segmentation.Gateway.Apis.Clients;
using Segmentation.Gateway.Apis.Compliance;
using Segmentation.Gateway.Apis.Events;
using Segmentation.Gateway.Apis.Exports;
using Segmentation.Gateway.Apis.Live;
using Segmentation.Gateway.Apis.ReferenceData;
using Segmentation.Gateway.Auth;
using Segmentation.Gateway.Errors;
using Segmentation.Gateway.Health;
using Segmentation.Gateway.Input;
using Segmentation.Gateway.Limits;
using Segmentation.Gateway.OpenApi;
using Segmentation.Gateway.RateLimiting;
using Segmentation.Gateway.Security;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Data;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Gateway;

public static class Extensions
{
    /// <summary>Replies from Events can be large (an import's rejected rows, 500 events a page).</summary>
    private const int MaxReplyBytes = 32 * 1024 * 1024;

    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        // The session store and key ring live in PostgreSQL (shared by replicas); the gateway runs no other SQL.
        builder.AddSegmentationDatabase();
        builder.AddDashboardSignIn(builder.AddSegmentationAuth());
        builder.Services.AddSingleton(TimeProvider.System);
        // Live push: one upstream change feed per gateway process, fanned out to its /api/live streams.
        builder.Services.AddSingleton<LiveHub>();
        builder.Services.AddHostedService<LiveFeedListener>();
        builder.Services.AddHostedService<DirectoryFeedListener>();

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Complete);
        builder.Services.AddExceptionHandler<RpcExceptionHandler>();
        // Binding failures (a bad query value, a body that is not JSON) throw instead of answering a bare
        // 400, so the one exception handler can answer with problem details naming the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            // "5" is not a number: the web defaults would accept it; a wrong type must be a 400.
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new NulFreeStringConverter());
            o.SerializerOptions.Converters.Add(new CalendarDateJsonConverter());
            // {"notes":"a","notes":"b"} is ambiguous (which one did the caller mean?): a 400 naming the key.
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        builder.Services.Configure<GatewayLimits>(builder.Configuration.GetSection(GatewayLimits.Section));
        builder.Services.AddGatewayRateLimiting(builder.Configuration);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>()
            .AddSchemaTransformer<StringSchemaTransformer>().AddSchemaTransformer<CalendarSchemaTransformer>()
            .AddSchemaTransformer<ContractEnums>().AddOperationTransformer<ContractEnums>()
            .AddOperationTransformer<ImportBodyTransformer>().AddOperationTransformer<RouteExamples>());

        builder.AddServiceClient<RequirementsService.RequirementsServiceClient>(ResourceNames.Requirements);
        builder.AddServiceClient<EventsService.EventsServiceClient>(ResourceNames.Events);
        builder.AddServiceClient<ComplianceService.ComplianceServiceClient>(ResourceNames.Compliance);
        return builder;
    }

    /// <summary>A typed client (deadline and token forwarding come from ServiceDefaults) plus a /health
    /// check of that service's grpc.health.v1 through the same handler chain.</summary>
    private static void AddServiceClient<TClient>(this IHostApplicationBuilder builder, string serviceName) where TClient : class
    {
        builder.AddSegmentationGrpcClient<TClient>(serviceName)
            .ConfigureChannel(o => o.MaxReceiveMessageSize = MaxReplyBytes);
        builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            serviceName,
            sp => ActivatorUtilities.CreateInstance<DownstreamHealthCheck>(sp, typeof(TClient).Name),
            failureStatus: null,
            tags: ["ready"]));
    }

    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<UrlLengthMiddleware>();
        // The dashboard (wwwroot/segmentation) is static and public; its data calls carry the session cookie.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseMiddleware<SessionTokenMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseMiddleware<JsonCharsetMiddleware>();
        app.UseMiddleware<NulFreeQueryMiddleware>();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        if (app.Environment.IsDevelopment()) app.MapScalarApiReference("/scalar").AllowAnonymous();
        app.MapGet("/", () => Results.Redirect("/segmentation/")).AllowAnonymous().ExcludeFromDescription();
        app.MapSignInApi();
        return app;
    }

    public static WebApplication MapGatewayApis(this WebApplication app)
    {
        // Every route is rate limited per user: reads here; a write's own "writes" policy (AsWrite) is
        // added after the group's and wins.
        var api = app.MapGroup("").RequireRateLimiting(ReadRateLimiting.Policy);
        api.MapReferenceDataApi();
        api.MapClientsApi();
        api.MapEventsApi();
        api.MapSegmentationEventsApi();
        api.MapComplianceApi();
        api.MapWorkloadApi();
        api.MapAgendaApi();
        api.MapTrendApi();
        api.MapExportsApi();
        api.MapLiveApi();
        api.MapCalendarApi();
        return app;
    }
}
