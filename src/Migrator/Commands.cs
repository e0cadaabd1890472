namespace Segmentation.Migrator;

/// <summary>The console side of each command: what it prints and its exit code (0 ok, 1 failed, 2 usage).</summary>
public static class Commands
{
    /// <summary>Applies what is pending, then verifies: a database that does not meet the guide fails
    /// the migrator (and so, under the AppHost, every service waiting for it).</summary>
    public static async Task<int> UpAsync(MigrationRunner runner, string connectionString, CommandLine line)
    {
        if (ApplyPending(runner) != 0) return 1;
        if (VerifyReport.Print(await runner.VerifyAsync(), onlyFailures: true) != 0) return 1;
        if (line.DemoData) await LoadDemoDataAsync(connectionString, line.DemoCses);
        return 0;
    }

    private static int ApplyPending(MigrationRunner runner)
    {
        var result = runner.Up();
        if (!result.Successful)
        {
            Console.Error.WriteLine($"Migration failed in {result.ErrorScript?.Name}: {result.Error?.Message}");
            return 1;
        }
        Console.WriteLine($"Applied {result.Scripts.Count()} script(s).");
        return 0;
    }

    private static async Task LoadDemoDataAsync(string connectionString, string? demoCses)
    {
        var cses = demoCses?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } named
            ? named : ["Demo CSE"];
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

    public static async Task<int> VerifyAsync(MigrationRunner runner) =>
        VerifyReport.Print(await runner.VerifyAsync(), onlyFailures: false);

    /// <summary>Repairs drift in what the journal says is done, applies what is pending, then verifies.</summary>
    public static async Task<int> RepairAsync(MigrationRunner runner)
    {
        var outcome = await runner.RepairDriftAsync();
        if (outcome.Refusal is not null)
        {
            Console.Error.WriteLine($"Repair changed nothing: {outcome.Refusal}");
            return 1;
        }
        foreach (var action in outcome.Actions) Console.WriteLine($"repair: {action}");
        if (outcome.Actions.Count == 0) Console.WriteLine("repair: nothing to repair in the applied scripts.");
        if (ApplyPending(runner) != 0) return 1;
        return VerifyReport.Print(await runner.VerifyAsync(), onlyFailures: false);
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
        Console.WriteLine("`verify` now reports the legacy shape as mismatches; `up` migrates forward again.");
        return 0;
    }
}
