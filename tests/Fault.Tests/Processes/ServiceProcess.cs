using System.Diagnostics;

namespace Segmentation.Faults.Processes;

/// <summary>One service run the way production runs it: its own OS process (`dotnet Name.dll`) on a
/// loopback port, configured through environment variables, so it can be SIGKILLed, restarted on the
/// same port, and its memory read from /proc.</summary>
public sealed class ServiceProcess(string project, int port, IReadOnlyDictionary<string, string> environment, string logDirectory) : IAsyncDisposable
{
    private Process? _process;

    public string Project { get; } = project;

    public int Port { get; } = port;

    public string Url => $"http://127.0.0.1:{Port}";

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"{Project} is not running.");

    public bool IsRunning => _process is { HasExited: false };

    public void Start()
    {
        if (IsRunning) throw new InvalidOperationException($"{Project} is already running.");
        _process?.Dispose();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Repository.ServiceDll(Project));
        info.WorkingDirectory = Path.GetDirectoryName(Repository.ServiceDll(Project))!;
        info.Environment["ASPNETCORE_URLS"] = Url;
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var log = new StreamWriter(Path.Combine(logDirectory, $"{Project}.log"), append: true) { AutoFlush = true };
        _process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Project}.");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.Exited += (_, _) => { lock (log) log.Dispose(); };
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until GET /alive answers 200 (HTTP/2 without TLS for the gRPC services).</summary>
    public async Task WaitAliveAsync(TimeSpan timeout, bool http2)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process is { HasExited: true }) throw new InvalidOperationException($"{Project} exited with code {_process.ExitCode}; see its log in {logDirectory}.");
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{Url}/alive");
                if (http2) { request.Version = new Version(2, 0); request.VersionPolicy = HttpVersionPolicy.RequestVersionExact; }
                using var response = await client.SendAsync(request);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Project} did not answer /alive within {timeout.TotalSeconds:0} s.");
    }

    /// <summary>SIGKILL: no graceful shutdown, in-flight requests are cut.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Resident and peak resident memory (VmRSS, VmHWM) of the running process.</summary>
    public ProcessMemory Memory() => ProcessMemory.Of(ProcessId);

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
