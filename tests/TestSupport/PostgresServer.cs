using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Segmentation.TestSupport;

/// <summary>A throwaway PostgreSQL server: initdb into a temp directory, postgres on a free loopback
/// port, removed on dispose. As root it runs as the 'postgres' OS user, since PostgreSQL refuses root.</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _dataRoot;
    private readonly Process _process;

    public int Port { get; }

    private PostgresServer(string dataRoot, Process process, int port)
    {
        _dataRoot = dataRoot;
        _process = process;
        Port = port;
    }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        var bin = PostgresBinaries.Directory();
        var root = Path.Combine(Path.GetTempPath(), "segmentation-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(root, "data");
        System.IO.Directory.CreateDirectory(root);
        AsServerUser.GiveOwnership(root);

        await AsServerUser.RunToCompletionAsync(Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "--locale=C.UTF-8", "--encoding=UTF8"], ct);

        var port = FreePort();
        var process = AsServerUser.Start(Path.Combine(bin, "postgres"),
            ["-D", data, "-p", port.ToString(), "-h", "127.0.0.1", "-k", root,
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
             "-c", "max_connections=300", "-c", "shared_buffers=128MB"]);
        var server = new PostgresServer(root, process, port);
        await server.WaitUntilReadyAsync(ct);
        return server;
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
