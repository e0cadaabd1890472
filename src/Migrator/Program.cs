using DbUp.Engine.Output;
using Segmentation.Migrator;

// Usage: Migrator [up [--demo-data --demo-cses "A,B"]|status|verify|rollback --yes] [--connection "<npgsql connection string>"]
var command = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "up";
var connectionString = ConnectionSettings.Resolve(args);
if (connectionString is null)
{
    Console.Error.WriteLine("No connection string: set ConnectionStrings__segmentation or pass --connection \"...\".");
    return 2;
}

var runner = new MigrationRunner(connectionString, new ConsoleUpgradeLog());
return command switch
{
    "up" => await Commands.UpAsync(runner, connectionString, args),
    "status" => Commands.Status(runner),
    "verify" => await Commands.VerifyAsync(runner),
    "rollback" => await Commands.RollbackAsync(runner, args.Contains("--yes")),
    _ => Commands.Usage(command),
};
