using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>The real AppHost with --Replicas=2: two processes of each service, gateways "gateway" and
/// "gateway-2". The write limit is small (a burst of <see cref="WriteBurst"/>, one a second) so a test can
/// spend it; every other setting is the AppHost's own.</summary>
public sealed class ReplicasFixture : IAsyncLifetime
{
    public const int WriteBurst = 20;
    public const int WritesPerMinute = 60;

    public AppHostFixture Host { get; } = new(replicas: 2, SmallWriteLimit);

    public DistributedApplication App => Host.App;

    public async ValueTask InitializeAsync()
    {
        await Host.InitializeAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await App.Services.GetRequiredService<ResourceNotificationService>()
            .WaitForResourceHealthyAsync(AppHost.Replicas.GatewayName(1), cts.Token);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>Gateway <paramref name="index"/> (0: "gateway", 1: "gateway-2").</summary>
    public Uri Gateway(int index) => App.GetEndpoint(AppHost.Replicas.GatewayName(index), "http");

    /// <summary>A client of gateway <paramref name="index"/> with <paramref name="user"/>'s bearer token.</summary>
    public async Task<HttpClient> ClientAsync(int index, string user) =>
        new() { BaseAddress = Gateway(index), Timeout = TimeSpan.FromSeconds(60),
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", await Host.TokenAsync(user)) } };

    private static void SmallWriteLimit(IDistributedApplicationTestingBuilder builder)
    {
        foreach (var gateway in builder.Resources.OfType<ProjectResource>().Where(r => r.Name.StartsWith(Segmentation.ServiceDefaults.ResourceNames.Gateway, StringComparison.Ordinal)))
            gateway.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
            {
                context.EnvironmentVariables["RateLimiting__Writes__Burst"] = WriteBurst.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.EnvironmentVariables["RateLimiting__Writes__PermitsPerMinute"] = WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }));
    }
}
