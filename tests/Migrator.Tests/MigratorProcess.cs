using System.Diagnostics;

namespace Segmentation.Migrator.Tests;

/// <summary>Runs the real Migrator executable (built next to the tests) as the AppHost does: a separate
/// process, the connection string in ConnectionStrings__segmentation unless told otherwise.</summary>
public static class MigratorProcess
{
    public sealed record Outcome(int ExitCode, string Out, string Error)
    {
        public string All => Out + Error;

        /// <summary>Asserts the exit code, showing the whole output when it differs.</summary>
        public Outcome Exits(int expected)
        {
            Assert.True(ExitCode == expected, $"exit {ExitCode}, expected {expected}:\n{All}");
            return this;
        }
    }

    public static async Task<Outcome> RunAsync(string? environmentConnection, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Migrator.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove(ConnectionSettings.EnvironmentVariable);
        if (environmentConnection is not null) start.Environment[ConnectionSettings.EnvironmentVariable] = environmentConnection;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Outcome(process.ExitCode, await output, await error);
    }
}
