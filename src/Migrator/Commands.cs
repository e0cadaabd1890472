namespace Segmentation.Migrator;

/// <summary>The console side of each command: what it prints and its exit code.</summary>
public static class Commands
{
    public static async Task<int> UpAsync(MigrationRunner runner, string connectionString, string[] args)
    {
        var result = runner.Up();
        if (!result.Successful)
        {
            Console.Error.WriteLine($"Migration failed in {result.ErrorScript?.Name}: {result.Error?.Message}");
            return 1;
        }
        Console.WriteLine($"Applied {result.Scripts.Count()} script(s).");
        if (args.Contains("--demo-data")) await LoadDemoDataAsync(connectionString, args);
        return 0;
    }

    private static async Task LoadDemoDataAsync(string connectionString, string[] args)
    {
        var index = Array.IndexOf(args, "--demo-cses");
        var cses = index >= 0 && index + 1 < args.Length
            ? args[index + 1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : ["Demo CSE"];
        var loader = new Demo.DemoDataLoader(connectionString, cses, DateOnly.FromDateTime(DateTime.Now));
        Console.WriteLine(await loader.LoadIfEmptyAsync()
            ? "Loaded the demo data set."
            : "Demo data not loaded: the database already has clients or events.");
    }

    public static int Status(MigrationRunner runner)
    {
        foreach (var name in runner.Executed()) Console.WriteLine($"applied  {name}");
        foreach (var name in runner.Pending()) Console.WriteLine($"pending  {name}");
        return 0;
    }

    public static async Task<int> VerifyAsync(MigrationRunner runner)
    {
        var failed = 0;
        foreach (var result in await runner.VerifyAsync())
        {
            var verdict = result.Matches ? "OK" : result.Fails ? "MISMATCH" : "INFO";
            Console.WriteLine($"[{verdict}] {result.Query.Name}");
            Console.WriteLine($"  expected: {string.Join(" | ", result.Query.ExpectedRows)}");
            Console.WriteLine($"  actual:   {string.Join(" | ", result.ActualRows)}");
            if (result.Fails) failed++;
        }
        Console.WriteLine(failed == 0 ? "All verification queries match." : $"{failed} verification quer(ies) do not match.");
        return failed == 0 ? 0 : 1;
    }

    public static async Task<int> RollbackAsync(MigrationRunner runner, bool confirmed)
    {
        if (!confirmed)
        {
            Console.Error.WriteLine("Rollback drops the event tables and restores the legacy requirements. Re-run with --yes.");
            return 2;
        }
        await runner.RollbackAsync();
        Console.WriteLine("Rolled back: tier_event_requirements restored from tier_event_requirements_backup.");
        return 0;
    }

    public static int Usage(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Use: up | status | verify | rollback --yes");
        return 2;
    }
}
