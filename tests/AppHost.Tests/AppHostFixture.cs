using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests;

/// <summary>The real AppHost (executable PostgreSQL, migrator, services, gateway) on free ports and a
/// temporary data directory, started once for the test class. In the AppHost's launch-profile environment
/// (Development) unless another is named.</summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly string? _environment;

    public AppHostFixture() { }

    /// <summary>An AppHost started as <paramref name="environment"/> (e.g. Production), every project with it.</summary>
    internal AppHostFixture(string environment) => _environment = environment;

    private readonly int _replicas = 1;
    private readonly Action<IDistributedApplicationTestingBuilder>? _configure;

    /// <summary>An AppHost with --Replicas=<paramref name="replicas"/> (gateways on consecutive free ports), its
    /// model changed by <paramref name="configure"/> before it is built.</summary>
    internal AppHostFixture(int replicas, Action<IDistributedApplicationTestingBuilder>? configure) => (_replicas, _configure) = (replicas, configure);

    public DistributedApplication App { get; private set; } = null!;
    /// <summary>The environment the AppHost (and so every project it starts) runs in.</summary>
    public string EnvironmentName { get; private set; } = "";
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "segmentation-apphost-" + Guid.NewGuid().ToString("N")[..10]);
    /// <summary>The services' client secret at the development provider (the AppHost would generate one).</summary>
    public string ServiceClientSecret { get; } = "apphost-test-service-secret-" + Guid.NewGuid().ToString("N");
    /// <summary>The development provider's issuer URL (Auth:Authority of every project).</summary>
    public Uri Authority { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        var identityPort = LoopbackPorts.Free();
        Authority = new Uri($"http://localhost:{identityPort}/");
        string[] args =
        [
            $"--DataDirectory={DataDirectory}",
            $"--Postgres:Port={LoopbackPorts.Free()}",
            $"--Gateway:Port={LoopbackPorts.Free()}",
            $"--Identity:Port={identityPort}",
            $"--Auth:ServiceClient:ClientSecret={ServiceClientSecret}",
        ];
        // The host's own key: it wins over the launch profile's DOTNET_ENVIRONMENT (command line first).
        if (_environment is not null) args = [.. args, $"--environment={_environment}"];
        if (_replicas > 1) args = [.. args, $"--Replicas={_replicas}", $"--Gateway:Port={Replicas.FreePorts.Consecutive(_replicas)}"];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args, cts.Token);
        _configure?.Invoke(builder);
        EnvironmentName = builder.Environment.EnvironmentName;
        App = await builder.BuildAsync(cts.Token);
        await App.StartAsync(cts.Token);
        await WaitHealthyOrFailedAsync(ResourceNames.Gateway, cts.Token);
    }

    /// <summary>A development user's access token from the provider (its development grant; Development only).</summary>
    public Task<string> TokenAsync(string userName) =>
        new DevelopmentTokens(Authority.ToString()).IssueAsync(userName, TestContext.Current.CancellationToken);

    /// <summary>The services' own token (client credentials): issued in every environment.</summary>
    public Task<string> ServiceTokenAsync() => ProviderTokens.ClientCredentialsAsync(Authority, "segmentation-service", ServiceClientSecret);

    /// <summary>Waits until the resource is healthy, failing fast when any resource fails to start.</summary>
    private async Task WaitHealthyOrFailedAsync(string resource, CancellationToken ct)
    {
        var notifications = App.Services.GetRequiredService<ResourceNotificationService>();
        var healthy = notifications.WaitForResourceHealthyAsync(resource, ct);
        var failed = notifications.WaitForResourceAsync(resource, e =>
            e.Snapshot.State?.Text is "FailedToStart" or "Exited" or "Finished", ct);
        try
        {
            var first = await Task.WhenAny(healthy, failed).WaitAsync(StartTimeout, ct);
            if (first == failed) throw new InvalidOperationException($"Resource '{resource}' stopped: {failed.Result.Snapshot.State?.Text}.");
            await healthy;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The AppHost did not start: {e.Message}{await StartFailureReport.DescribeAsync(App)}", e);
        }
    }


    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await App.StopAsync(cts.Token).WaitAsync(TimeSpan.FromMinutes(1), cts.Token);
            await App.DisposeAsync();
        }
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>PIDs of processes whose command line names the data directory (our postgres).</summary>
    public IReadOnlyList<int> ProcessesUsingDataDirectory() =>
        Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : -1)
            .Where(pid => pid > 0 && pid != Environment.ProcessId)
            .Where(pid => CommandLine(pid).Contains(DataDirectory, StringComparison.Ordinal))
            .ToArray();

    private static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' '); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }
}
