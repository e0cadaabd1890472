using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Segmentation.ServiceDefaults.Grpc;

public static class GrpcExtensions
{
    /// <summary>Default deadline of calls to other services, overridable with Grpc:DefaultDeadlineSeconds.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(30);

    /// <summary>gRPC server with authentication, the error interceptor, the safe-text guard, strict request
    /// parsing, signed page tokens, gRPC health checks and reflection. Call it once, and do not call
    /// AddGrpc() again afterwards (per-service options: Configure&lt;GrpcServiceOptions&lt;T&gt;&gt;).</summary>
    public static IHostApplicationBuilder AddSegmentationGrpcServer(this IHostApplicationBuilder builder)
    {
        Auth.AuthExtensions.AddSegmentationAuth(builder);
        builder.Services.AddGrpc(o =>
        {
            o.Interceptors.Add<ErrorMappingInterceptor>();
            o.Interceptors.Add<SafeTextGuard>();
            o.EnableDetailedErrors = false;
        });
        UseStrictRequestParsing(builder.Services);
        builder.AddSegmentationPageTokens();
        builder.Services.AddGrpcHealthChecks().AddCheck("grpc", () =>
            Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        builder.Services.AddGrpcReflection();
        return builder;
    }

    /// <summary>Swaps grpc-dotnet's method provider for <see cref="StrictServiceMethodProvider{TService}"/>.</summary>
    private static void UseStrictRequestParsing(IServiceCollection services)
    {
        var lenient = services.Where(d => d.ServiceType == typeof(IServiceMethodProvider<>)
                && d.ImplementationType?.Name.StartsWith("BinderServiceMethodProvider", StringComparison.Ordinal) == true).ToList();
        if (lenient.Count == 0) throw new InvalidOperationException("grpc-dotnet's default method provider was not found.");
        foreach (var descriptor in lenient) services.Remove(descriptor);
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(StrictServiceMethodProvider<>));
    }

    /// <summary>Maps gRPC health always, and server reflection in Development only.</summary>
    public static WebApplication MapSegmentationGrpcDefaults(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        if (app.Environment.IsDevelopment()) app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }

    /// <summary>A typed gRPC client to another service found through service discovery
    /// (https+http://name). Inside a gRPC call the caller's deadline and cancellation propagate to it
    /// (one budget for the whole request, not a fresh one per hop); inside an HTTP request (the gateway)
    /// its calls share one deadline set at the first; background work gets the default per call. <paramref name="asService"/>: call as the internal
    /// service instead of forwarding the user's token. No HTTP resilience handler.</summary>
    public static IHttpClientBuilder AddSegmentationGrpcClient<TClient>(this IHostApplicationBuilder builder, string serviceName,
        bool asService = false)
        where TClient : class
    {
        var seconds = builder.Configuration.GetValue<double?>("Grpc:DefaultDeadlineSeconds");
        var deadline = seconds is > 0 ? TimeSpan.FromSeconds(seconds.Value) : DefaultDeadline;
        var address = builder.Configuration[$"Grpc:Addresses:{serviceName}"] ?? $"http://{serviceName}";
        return builder.Services
            .AddGrpcClient<TClient>(o => o.Address = new Uri(address))
            // First, so the default below only applies when there is no incoming call to take a deadline from.
            .EnableCallContextPropagation(o => o.SuppressContextNotFoundErrors = true)
            .AddInterceptor(sp => new DefaultDeadlineInterceptor(deadline, sp.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()))
            .AddHttpMessageHandler(sp =>
            {
                var handler = ActivatorUtilities.CreateInstance<Auth.ForwardAuthorizationHandler>(sp);
                handler.AsService = asService;
                return handler;
            });
    }
}
