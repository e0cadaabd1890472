namespace Segmentation.Migrator;

/// <summary>The help text. Printing it never needs or touches the database.</summary>
public static class Usage
{
    public const string Text = """
        Usage: Migrator <command> [--connection "<npgsql connection string>"]

        Commands:
          up [--demo-data [--demo-cses "A,B"]]  apply the pending scripts of db/migrations, then verify (exit 1 on a mismatch)
          status                                 list applied and pending scripts
          verify                                 the migration guide's Step 3 checks: expected vs actual (exit 1 on a mismatch)
          repair                                 bring a drifted database back to the guide's expected state where safe, then verify
          rollback --yes                         the guide's rollback plan (drops the event tables)
          help, --help, -h                       this text (exit 0)

        The connection string comes from --connection or the ConnectionStrings__segmentation variable.
        Exit codes: 0 success, 1 failure or verification mismatch, 2 usage error (no or unknown command).
        """;

    public static int Print()
    {
        Console.WriteLine(Text);
        return 0;
    }

    public static int Error(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Text);
        return 2;
    }
}
