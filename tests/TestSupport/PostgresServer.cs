using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Segmentation.ServiceDefaults.Hosting;

namespace Segmentation.TestSupport;

/// <summary>A throwaway PostgreSQL server: initdb into a temp directory, postgres on a free loopback
/// port, removed on dispose. As root it runs as the 'postgres' OS user, since PostgreSQL refuses root.</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _dataRoot;
    private readonly IReadOnlyList<string> _arguments;
    private Process _process;

    public int Port { get; }

    /// <summary>The postmaster's process id (changes after <see cref="RestartAsync"/>).</summary>
    public int ProcessId => _process.Id;

    private PostgresServer(string dataRoot, Process process, int port, IReadOnlyList<string> arguments)
    {
        _dataRoot = dataRoot;
        _process = process;
        Port = port;
        _arguments = arguments;
    }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>Fast and not crash-safe (fsync and synchronous_commit off): for tests that never kill the server.</summary>
    public static Task<PostgresServer> StartAsync(CancellationToken ct = default) => StartAsync(PostgresServerOptions.Fast, ct);

    public static async Task<PostgresServer> StartAsync(PostgresServerOptions options, CancellationToken ct = default)
    {
        var bin = PostgresBinaries.Directory();
        var root = Path.Combine(Path.GetTempPath(), options.DirectoryPrefix + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(root, "data");
        System.IO.Directory.CreateDirectory(root);
        AsServerUser.GiveOwnership(root);

        await AsServerUser.RunToCompletionAsync(Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "--locale=C.UTF-8", "--encoding=UTF8"], ct);

        var port = LoopbackPorts.Free();
        List<string> arguments = ["-D", data, "-p", port.ToString(), "-h", "127.0.0.1", "-k", root,
            "-c", $"fsync={OnOff(options.Fsync)}", "-c", $"synchronous_commit={OnOff(options.SynchronousCommit)}",
            "-c", $"full_page_writes={OnOff(options.Fsync)}", "-c", "max_connections=300", "-c", "shared_buffers=128MB"];
        var process = AsServerUser.Start(Path.Combine(bin, "postgres"), arguments);
        var server = new PostgresServer(root, process, port, arguments);
        await server.WaitUntilReadyAsync(ct);
        return server;
    }

    private static string OnOff(bool value) => value ? "on" : "off";

    /// <summary>SIGKILL to the postmaster and every backend at once, as the OOM killer or a power cut
    /// of the process would: no shutdown checkpoint; the next start runs crash recovery from the WAL.</summary>
    public async Task KillAsync()
    {
        var pids = ChildrenOf(_process.Id).Prepend(_process.Id).ToArray();
        foreach (var pid in pids) AsServerUser.Signal(pid, "KILL");
        await _process.WaitForExitAsync();
        var deadline = Stopwatch.StartNew();
        while (pids.Any(IsAlive) && deadline.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
    }

    /// <summary>Starts postgres again on the same data directory and port (after <see cref="KillAsync"/>).</summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        if (!_process.HasExited) throw new InvalidOperationException("PostgreSQL is still running.");
        _process.Dispose();
        _process = AsServerUser.Start(Path.Combine(PostgresBinaries.Directory(), "postgres"), _arguments);
        await WaitUntilReadyAsync(ct);
    }

    private static IEnumerable<int> ChildrenOf(int pid)
    {
        var file = $"/proc/{pid}/task/{pid}/children";
        if (!File.Exists(file)) return [];
        try { return File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray(); }
        catch (IOException) { return []; }
    }

    private static bool IsAlive(int pid)
    {
        try { return !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal); }
        catch (IOException) { return false; }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited) throw new InvalidOperationException($"postgres exited with code {_process.ExitCode}.");
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false");
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException) { await Task.Delay(100, ct); }
            catch (SocketException) { await Task.Delay(100, ct); }
        }
        throw new TimeoutException("PostgreSQL did not accept connections within 30 s.");
    }


    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (!_process.HasExited)
        {
            // SIGINT = PostgreSQL's "fast" shutdown.
            AsServerUser.Signal(_process.Id, "INT");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
        try { System.IO.Directory.Delete(_dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
