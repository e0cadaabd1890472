using System.Diagnostics;

namespace Segmentation.Bench.System;

/// <summary>Runs an external program (wrk, pgbench, psql, uptime) to completion, bounded in time.</summary>
public static class Tool
{
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{program} ran longer than {timeout}."); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}{await output}");
        return await output + await error;
    }

    public static string Find(string name, params string[] candidates)
    {
        foreach (var c in candidates) if (File.Exists(c)) return c;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        throw new FileNotFoundException($"{name} not found; bench/run.sh installs it.");
    }

    public static async Task<string> LoadAverageAsync() => (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[..3] is var l ? string.Join(" ", l) : "";
}
