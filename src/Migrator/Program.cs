using System.Data.Common;
using System.Net.Sockets;
using DbUp.Engine.Output;
using Segmentation.Migrator;

// Usage: see Usage.Text. Help and usage errors return before a connection string is even read.
var line = CommandLine.Parse(args, out var error);
if (line is null) return Usage.Error(error!);
if (line.Help) return Usage.Print();
if (line.Command is null) return Usage.Error("No command given (nothing is applied by default).");

var connectionString = ConnectionSettings.Resolve(line.Connection);
if (connectionString is null)
{
    Console.Error.WriteLine($"No connection string: set {ConnectionSettings.EnvironmentVariable} or pass --connection \"...\".");
    return 2;
}

var runner = new MigrationRunner(connectionString, new ConsoleUpgradeLog());
try
{
    return line.Command switch
    {
        "up" => await Commands.UpAsync(runner, connectionString, line),
        "status" => Commands.Status(runner),
        "verify" => await Commands.VerifyAsync(runner),
        "repair" => await Commands.RepairAsync(runner),
        "rollback" => await Commands.RollbackAsync(runner, line.Yes),
        _ => Usage.Error($"Unknown command '{line.Command}'."),
    };
}
catch (Exception e) when (e is DbException or SocketException or TimeoutException or InvalidOperationException or ArgumentException)
{
    // An unreachable database, a refused statement or an unusable connection string is a failure to
    // report, not a crash (DbUp says "does not specify a database name" with InvalidOperationException).
    Console.Error.WriteLine($"{line.Command} failed: {e.Message}");
    return 1;
}
