using System.Net;
using Segmentation.TestSupport;

namespace Segmentation.Faults.Processes;

/// <summary>Requirements, Events, Compliance and the Gateway as four processes on free loopback ports,
/// wired to each other the way Aspire wires them (services__NAME__http__0) and to one database.</summary>
public sealed class SystemProcesses : IAsyncDisposable
{
    public const string Requirements = "Requirements.Service";
    public const string Events = "Events.Service";
    public const string Compliance = "Compliance.Service";
    public const string Gateway = "Gateway";

    private readonly Dictionary<string, ServiceProcess> _services = [];

    public string LogDirectory { get; } = Directory.CreateTempSubdirectory("segmentation-system-").FullName;

    public SystemProcesses(string connectionString, string signingKey, IReadOnlyDictionary<string, string>? gatewaySettings = null)
    {
        var ports = new[] { Requirements, Events, Compliance, Gateway }.ToDictionary(p => p, _ => LoopbackPorts.Free());
        var common = new Dictionary<string, string>
        {
            // Production's behaviour (no development route) but not Production itself: these processes trust the
            // test-only signing key, which a Production process never accepts (issue 14).
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_NOLOGO"] = "1",
            ["ConnectionStrings__segmentation"] = connectionString,
            ["Auth__SigningKey"] = signingKey,
            ["PageTokens__Key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
            ["Logging__LogLevel__Default"] = "Warning",
            ["services__requirements__http__0"] = $"http://127.0.0.1:{ports[Requirements]}",
            ["services__events__http__0"] = $"http://127.0.0.1:{ports[Events]}",
            ["services__compliance__http__0"] = $"http://127.0.0.1:{ports[Compliance]}",
        };
        // SEGMENTATION_SERVICE_ENV="KEY=value|KEY2=value" adds settings to every service (to try runtime knobs);
        // {connection} in a value stands for the connection string.
        foreach (var pair in (Environment.GetEnvironmentVariable("SEGMENTATION_SERVICE_ENV") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
            common[pair.Split('=', 2)[0]] = pair.Split('=', 2)[1].Replace("{connection}", connectionString, StringComparison.Ordinal);
        foreach (var (project, port) in ports)
        {
            var environment = new Dictionary<string, string>(common);
            if (project == Gateway) foreach (var (k, v) in gatewaySettings ?? new Dictionary<string, string>()) environment[k] = v;
            _services[project] = new ServiceProcess(project, port, environment, LogDirectory);
        }
    }

    public ServiceProcess this[string project] => _services[project];

    public IEnumerable<ServiceProcess> All => _services.Values;

    public Uri GatewayUrl => new(_services[Gateway].Url);

    public async Task StartAsync(TimeSpan timeout)
    {
        foreach (var service in _services.Values) service.Start();
        foreach (var service in _services.Values) await service.WaitAliveAsync(timeout, http2: service.Project != Gateway);
        await WaitHealthyAsync(timeout);
    }

    /// <summary>Waits until the gateway's /health (database and every service) answers 200.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = GatewayUrl, Timeout = TimeSpan.FromSeconds(10) };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            try { if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The gateway's /health was not 200 within {timeout.TotalSeconds:0} s; logs in {LogDirectory}.");
    }


    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services.Values) await service.DisposeAsync();
    }
}
